package org.exhaustionlab.ui.editor;

import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.exhaustionlab.pine.ide.CompletionResult;
import org.exhaustionlab.pine.ide.PineCompletion;

/** Content assist from {@link PineCompletion}; opens by itself after a '.'. */
public final class PineContentAssistProcessor implements IContentAssistProcessor {

    @Override
    public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
        CompletionResult result = PineCompletion.at(viewer.getDocument().get(), offset);
        return result.proposals().stream().map(p -> new CompletionProposal(p.insert(), result.replaceStart(),
                result.replaceEnd() - result.replaceStart(), p.cursor(), null, p.label() + "  \u2014  " + p.detail(),
                null, p.doc().isEmpty() ? p.detail() : p.doc())).toArray(ICompletionProposal[]::new);
    }

    @Override
    public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
        return null;
    }

    @Override
    public char[] getCompletionProposalAutoActivationCharacters() {
        return new char[] { '.' };
    }

    @Override
    public char[] getContextInformationAutoActivationCharacters() {
        return null;
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public IContextInformationValidator getContextInformationValidator() {
        return null;
    }
}
