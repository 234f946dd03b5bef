package org.exhaustionlab.ui.editor;

import java.util.Optional;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.exhaustionlab.pine.ide.HoverInfo;
import org.exhaustionlab.pine.ide.PineHover;

/** Hover docs from {@link PineHover}: built-ins from the catalog, the script's own names from the checker. */
public final class PineTextHover implements ITextHover {

    @Override
    public IRegion getHoverRegion(ITextViewer viewer, int offset) {
        Optional<HoverInfo> hover = PineHover.at(viewer.getDocument().get(), offset);
        return hover.<IRegion>map(h -> new Region(h.start(), h.end() - h.start())).orElse(new Region(offset, 0));
    }

    @Override
    public String getHoverInfo(ITextViewer viewer, IRegion region) {
        return PineHover.at(viewer.getDocument().get(), region.getOffset()).map(HoverInfo::text).orElse(null);
    }
}
