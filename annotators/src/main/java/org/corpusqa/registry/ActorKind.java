package org.corpusqa.registry;

/** The kinds of actor the guidelines distinguish. */
public enum ActorKind {
    PERSON,
    ORGANIZATION,
    STATE
}
