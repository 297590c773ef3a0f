/** Result runs of evaluations and staff months: drafts, publication, immutability. Used by other modules through this named interface. */
@NamedInterface("runs")
package cn.scorecard.app.platform.runs;

import org.springframework.modulith.NamedInterface;
