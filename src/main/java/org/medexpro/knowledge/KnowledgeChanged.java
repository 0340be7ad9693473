package org.medexpro.knowledge;

/**
 * Published when a practice adds an exercise or a contraindication rule, inside the
 * transaction that stores it, so that every active program is checked again.
 *
 * @param kind "exercise" or "rule"
 */
public record KnowledgeChanged(String kind, String code) {
}
