package org.exhaustionlab.pine.ide;

/**
 * What a hover shows: the text (plain, lines separated by '\n'; the first line is the signature or declaration) and
 * the source range {@code [start, end)} it describes.
 */
public record HoverInfo(int start, int end, String text) {
}
