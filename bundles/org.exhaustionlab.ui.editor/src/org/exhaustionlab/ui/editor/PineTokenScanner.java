package org.exhaustionlab.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.eclipse.jface.text.rules.Token;
import org.exhaustionlab.pine.ide.PineHighlighter;
import org.exhaustionlab.pine.ide.PineToken;

/**
 * Feeds the presentation reconciler with {@link PineHighlighter}'s tokens. The lexer needs the whole script (a line's
 * meaning depends on the lines around it), so the tokens are computed for the whole document, cached until it
 * changes, and handed out for the damaged range; the gaps between them get the default style.
 */
final class PineTokenScanner implements ITokenScanner {

    private static final IToken DEFAULT = new Token(null);

    private IDocument cachedDocument;
    private long cachedStamp = -1;
    private String cachedText;
    private List<PineToken> cachedTokens = List.of();

    private final List<int[]> pending = new ArrayList<>(); // offset, length, index into cachedTokens or -1
    private int next;
    private int tokenOffset;
    private int tokenLength;

    @Override
    public void setRange(IDocument document, int offset, int length) {
        List<PineToken> tokens = tokensOf(document);
        pending.clear();
        next = 0;
        int pos = offset;
        int end = offset + length;
        for (int i = firstEndingAfter(tokens, offset); i < tokens.size(); i++) {
            PineToken t = tokens.get(i);
            if (t.offset() >= end) {
                break;
            }
            int from = Math.max(t.offset(), offset);
            int to = Math.min(t.end(), end);
            if (from > pos) {
                pending.add(new int[] { pos, from - pos, -1 });
            }
            pending.add(new int[] { from, to - from, i });
            pos = to;
        }
        if (pos < end) {
            pending.add(new int[] { pos, end - pos, -1 });
        }
    }

    @Override
    public IToken nextToken() {
        if (next >= pending.size()) {
            return Token.EOF;
        }
        int[] p = pending.get(next++);
        tokenOffset = p[0];
        tokenLength = p[1];
        if (p[2] < 0) {
            return DEFAULT;
        }
        Object style = PineColors.of(cachedTokens.get(p[2]).kind());
        return style == null ? DEFAULT : new Token(style);
    }

    @Override
    public int getTokenOffset() {
        return tokenOffset;
    }

    @Override
    public int getTokenLength() {
        return tokenLength;
    }

    private List<PineToken> tokensOf(IDocument document) {
        long stamp = document instanceof org.eclipse.jface.text.IDocumentExtension4 d ? d.getModificationStamp() : -1;
        String text = document.get();
        if (document != cachedDocument || stamp != cachedStamp || stamp == -1 && !text.equals(cachedText)) {
            cachedTokens = PineHighlighter.tokens(text);
            cachedDocument = document;
            cachedStamp = stamp;
            cachedText = text;
        }
        return cachedTokens;
    }

    private static int firstEndingAfter(List<PineToken> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
