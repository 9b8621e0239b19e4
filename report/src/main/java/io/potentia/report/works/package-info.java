/** The file form of a defensive works plan, read into the works planner's types. */
package io.potentia.report.works;
