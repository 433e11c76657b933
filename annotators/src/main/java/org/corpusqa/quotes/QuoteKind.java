package org.corpusqa.quotes;

/** GUIDELINES (Quote): a full utterance, or a phrase woven into the reporter's sentence. */
public enum QuoteKind {
    DIRECT,
    PARTIAL
}
