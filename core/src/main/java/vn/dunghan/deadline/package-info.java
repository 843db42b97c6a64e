/**
 * Time limits and how they are counted: {@link vn.dunghan.deadline.TimeLimit}, the counting rules of
 * the Civil Code 2015 (Arts 147–148) in {@link vn.dunghan.deadline.DeadlineCalculator}, and the
 * resulting {@link vn.dunghan.deadline.Deadline} with its derivation; {@link vn.dunghan.deadline.Due}
 * is when a period ends, the end of a day (24:00) or a moment.
 */
package vn.dunghan.deadline;
