/**
 * What {@code potentia validate} runs: the check of an input file of any kind, which tells what it
 * is and returns every problem ({@link io.potentia.scoring.validate.FileCheck}).
 */
package io.potentia.scoring.validate;
