package org.medexpro.knowledge;

/** A measure recorded as one value, or scored from a questionnaire's items. */
public enum MeasureKind {

	PERFORMANCE, QUESTIONNAIRE

}
