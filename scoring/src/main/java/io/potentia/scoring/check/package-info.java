/**
 * Checks that refuse what cannot work, with every reason: the methodology check of a plan and of
 * each year's data, and the check of an input file of any kind ({@link
 * io.potentia.scoring.check.FileCheck}).
 */
package io.potentia.scoring.check;
