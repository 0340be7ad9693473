package org.medexpro.knowledge;

/**
 * Demands beyond the joint motions and grades of API.md that the reference's rules name
 * (clinical-facts 1.19): an exercise lists those it has, a rule those it forbids.
 */
public enum Feature {
	/** Hands on a rail, counter or chair for balance. */
	HAND_SUPPORT,
	/** Foam, wobble board, narrow or raised surface. */
	UNSTABLE_SURFACE,
	EYES_CLOSED,
	/** Body weight through the arms: hands-and-knees, plank, push-up, pushing up from a chair. */
	ARM_WEIGHT_BEARING,
	/** Arms or a load above the head. */
	OVERHEAD,
	/** Pushing or pulling with the arms against a load. */
	ARM_PUSH_PULL,
	/** Lifting a load from the floor. */
	FLOOR_LIFT,
	/** Heavy effort that invites holding the breath. */
	VALSALVA_RISK,
	/** A sustained hard isometric hold. */
	HEAVY_ISOMETRIC,
	/** A maximal lift or a one-repetition-maximum test. */
	MAXIMAL_EFFORT,
	/** Head below the heart. */
	HEAD_DOWN,
	BAREFOOT,
	/** Turning on a planted leg. */
	PIVOT,
	/** Standing or walking continuously for ten minutes or more. */
	PROLONGED_STANDING,
	/** Quick change from lying or sitting to standing. */
	RAPID_TRANSITION,
	/** Throwing, catching a heavy ball, arm plyometrics. */
	ARM_IMPACT,
	/** In a pool. */
	AQUATIC
}
