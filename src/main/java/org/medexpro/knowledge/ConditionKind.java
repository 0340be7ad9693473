package org.medexpro.knowledge;

/** Whether a condition's event date is a surgery or an onset (or diagnosis). */
public enum ConditionKind {

	SURGICAL, CHRONIC

}
