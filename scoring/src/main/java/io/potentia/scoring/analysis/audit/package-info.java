/**
 * Can the index be trusted: the statistical audit of data and framework (OECD/JRC Handbook on
 * Constructing Composite Indicators 2008; COINr's availability, statistics, correlation, Cronbach
 * and PCA audits). Data availability and screening, indicator statistics with flags, and the
 * coherence of each pillar.
 */
package io.potentia.scoring.analysis.audit;
