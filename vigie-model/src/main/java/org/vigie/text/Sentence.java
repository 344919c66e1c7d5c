package org.vigie.text;

/** A sentence: token range [firstToken, endToken) and normalised char range. */
public record Sentence(int index, int firstToken, int endToken, int nStart, int nEnd) {}
