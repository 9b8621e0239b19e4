/**
 * Areas compared within their groups: a military region, a strategic direction or a tag such as
 * border or coastal. {@link io.potentia.scoring.analysis.groups.GroupRanking} ranks each area among
 * its peers, summarises every group and sets a province beside its group's mean per pillar.
 */
package io.potentia.scoring.analysis.groups;
