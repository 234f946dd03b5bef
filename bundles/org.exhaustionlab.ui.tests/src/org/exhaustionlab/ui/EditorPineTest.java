package org.exhaustionlab.ui;

import static org.exhaustionlab.ui.EditorTestSupport.colourAt;
import static org.exhaustionlab.ui.EditorTestSupport.console;
import static org.exhaustionlab.ui.EditorTestSupport.dumpTrees;
import static org.exhaustionlab.ui.EditorTestSupport.tableShows;
import static org.exhaustionlab.ui.EditorTestSupport.treeShows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.exhaustionlab.ui.chart.ChartData;
import org.exhaustionlab.ui.chart.ChartView;
import org.exhaustionlab.ui.editor.FlagshipOpener;
import org.exhaustionlab.ui.editor.OptimiseHandler;
import org.exhaustionlab.ui.editor.PineContentAssistProcessor;
import org.exhaustionlab.ui.editor.PineTextHover;
import org.exhaustionlab.ui.editor.RunOnChartHandler;
import org.exhaustionlab.ui.editor.ValidateHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Pine editor in the running workbench (Xvfb): keys are typed with {@link Display#post}, the checker's markers
 * are read from the workspace file, and screenshots go to target/screenshots.
 */
class EditorPineTest {

    private static final String MARKER = "org.exhaustionlab.ui.editor.problem";
    private static final String SCRIPT = String.join("\n",
            "//@version=6",
            "indicator(\"Editor test\", overlay = true)",
            "len = input.int(20, \"Length\")",
            "basis = ta.sma(close, len)",
            "plot(basis, \"Basis\", color = color.blue)",
            "");

    private final IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    private final Display display = PlatformUI.getWorkbench().getDisplay();

    @AfterEach
    void closeTestEditorsAndGiveTheFocusBackToTheMarkets() {
        for (IEditorReference ref : page.getEditorReferences()) {
            if (ref.getName().equals("editor_test.pine")) {
                page.closeEditor(ref.getEditor(false), false);
            }
        }
        page.activate(page.findView(MarketsView.ID)); // the chart follows the Markets selection while it is active
        UiTestSupport.flush(display, 100);
    }

    @Test
    void firstStartOpensTheFlagshipStrategyInTheGenericEditorWithoutProblems() throws Exception {
        assertTrue(waitFor(() -> flagshipEditor() != null, 30_000), "the flagship strategy was not opened");
        IEditorPart editor = flagshipEditor();
        assertEquals("org.eclipse.ui.genericeditor.GenericEditor", editor.getSite().getId());
        IFile flagship = FlagshipOpener.flagship();
        assertEquals(flagship, editor.getEditorInput().getAdapter(IFile.class), "a linked workspace file");
        page.activate(editor);
        UiTestSupport.flush(display, 1500); // the first reconcile
        assertEquals(0, errors(flagship).size(), "the flagship compiles cleanly: " + errors(flagship));
        UiTestSupport.screenshot(editor.getSite().getShell(), "editor-flagship.png");
    }

    @Test
    void aTypedMistakeGetsAProblemMarkerOnItsLineAndTheFixRemovesIt() throws Exception {
        IFile file = testFile();
        ITextEditor editor = open(file);
        IDocument document = document(editor);
        assertTrue(waitFor(() -> errors(file).isEmpty(), 10_000), "a clean script has no problems");

        StyledText text = styledText(editor);
        int afterSma = SCRIPT.indexOf("ta.sma") + "ta.sma".length();
        text.setFocus();
        text.setCaretOffset(afterSma);
        type('x');
        assertTrue(waitFor(() -> document.get().contains("ta.smax("), 5_000), "the key reached the editor");
        assertTrue(waitFor(() -> !errors(file).isEmpty(), 15_000), "no problem marker after the mistake");
        IMarker marker = errors(file).get(0);
        assertEquals(4, marker.getAttribute(IMarker.LINE_NUMBER, -1), "the marker is on the mistake's line");
        assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("ta.smax"), marker.getAttribute(IMarker.MESSAGE, ""));
        assertTrue(marker.isSubtypeOf(IMarker.PROBLEM), "a problem marker");
        page.showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
        // the Problems view groups by severity, collapsed: its category row counts our marker
        boolean listed = waitFor(() -> treeShows(editor.getSite().getShell(), "Errors (1 item)"), 15_000);
        UiTestSupport.screenshot(editor.getSite().getShell(), "editor-mistake-marker.png");
        StringBuilder trees = new StringBuilder();
        dumpTrees(editor.getSite().getShell(), trees);
        assertTrue(listed, "the Problems view lists the mistake; trees: " + trees);

        type('\b');
        assertTrue(waitFor(() -> document.get().equals(SCRIPT), 5_000), "the backspace reached the editor");
        assertTrue(waitFor(() -> errors(file).isEmpty(), 15_000), "the marker stayed after the fix: " + errors(file));
        assertTrue(waitFor(() -> !treeShows(editor.getSite().getShell(), "Errors ("), 15_000),
                "the Problems view still lists an error");
        UiTestSupport.screenshot(editor.getSite().getShell(), "editor-fixed.png");
    }

    @Test
    void coloursHoverAndContentAssistComeFromThePineServices() throws Exception {
        ITextEditor editor = open(testFile());
        ITextViewer viewer = (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
        StyledText text = styledText(editor);
        UiTestSupport.flush(display, 300);
        // colours from the lexer: built-in function blue, string red, the //@version annotation grey
        assertEquals(new RGB(0, 80, 200), colourAt(text, SCRIPT.indexOf("sma")), "ta.sma is a built-in function");
        assertEquals(new RGB(163, 21, 21), colourAt(text, SCRIPT.indexOf("\"Length\"")), "a string");
        assertEquals(new RGB(100, 100, 100), colourAt(text, 0), "the //@version annotation");

        // hover at an offset: the catalog's signature and description
        int onSma = SCRIPT.indexOf("sma") + 1;
        PineTextHover hover = new PineTextHover();
        String info = hover.getHoverInfo(viewer, hover.getHoverRegion(viewer, onSma));
        assertTrue(info.startsWith("ta.sma(source: series float, length: series int)"), info);

        // completion at an offset: ta. members, filtered by what is typed
        int afterTaS = SCRIPT.indexOf("ta.s") + "ta.s".length();
        ICompletionProposal[] proposals = new PineContentAssistProcessor().computeCompletionProposals(viewer, afterTaS);
        assertTrue(Arrays.stream(proposals).anyMatch(p -> p.getDisplayString().startsWith("sma ")),
                Arrays.toString(proposals));

        // and the real popup, as Ctrl+Space opens it
        text.setFocus();
        text.setCaretOffset(afterTaS);
        ((ITextOperationTarget) viewer).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
        assertTrue(waitFor(() -> popupShows("sma "), 10_000), "the content assist popup lists ta.sma");
        UiTestSupport.screenshot(editor.getSite().getShell(), "editor-content-assist.png");
        type(SWT.ESC);
    }

    @Test
    void runOnChartShowsTheStrategysPlotsShapesAndTradesOnTheChart() throws Exception {
        assertTrue(waitFor(() -> flagshipEditor() != null, 30_000), "the flagship strategy was not opened");
        page.bringToTop(flagshipEditor());
        page.activate(page.findView(MarketsView.ID)); // as after the first start: the editor is shown, not focused
        ChartView chart = (ChartView) page.findView(ChartView.ID);
        assertNotNull(chart);
        chart.show("BTCUSDT");
        UiTestSupport.flush(display, 200);
        Job job = RunOnChartHandler.runOnChart(page);
        assertNotNull(job, "no job: the active editor holds no script");
        assertTrue(waitFor(() -> job.getState() == Job.NONE, 120_000), "the run did not finish");
        assertTrue(waitFor(() -> chart.viewer().getData().overlays().size() > 0, 5_000), "the run reached the chart");
        ChartData data = chart.viewer().getData();
        assertEquals(List.of("Stop", "Target"), data.overlays().stream().map(p -> p.title()).toList(),
                "the stop and target lines lie in the price range");
        assertTrue(data.markers().stream().anyMatch(m -> m.text().equals("Long") || m.text().equals("Short")),
                "trade entries are marked with their ids");
        assertTrue(data.markers().stream().anyMatch(m -> m.text().equals("exit")), "trade exits are marked");
        assertTrue(data.markers().stream().anyMatch(m -> m.text().equals("L1")), "L1 shapes are marked");
        UiTestSupport.screenshot(chart.getSite().getShell(), "editor-run-on-chart.png");
        chart.show("BTCUSDT"); // leave the chart as the other tests expect it
        UiTestSupport.flush(display, 200);
    }

    @Test
    void optimiseAndValidateRunAsJobsAndReportInTheConsole() throws Exception {
        assertTrue(waitFor(() -> flagshipEditor() != null, 30_000), "the flagship strategy was not opened");
        page.activate(flagshipEditor());
        ((ChartView) page.findView(ChartView.ID)).show("BTCUSDT");
        Job optimise = OptimiseHandler.optimise(page, 4, 1);
        assertNotNull(optimise, "no job: the active editor holds no script");
        assertTrue(waitFor(() -> optimise.getState() == Job.NONE, 300_000), "the optimisation did not finish");
        assertTrue(waitFor(() -> console().contains("Best fitness"), 10_000), console());
        assertTrue(console().contains("Optimising exhaustion_signal.pine on BTCUSDT 1m"), console());
        assertTrue(console().contains("  level1 = "), "the best values are listed: " + console());

        Job validate = ValidateHandler.validate(page);
        assertNotNull(validate);
        assertTrue(waitFor(() -> validate.getState() == Job.NONE, 300_000), "the validation did not finish");
        assertTrue(waitFor(() -> console().contains("Report: "), 10_000), console());
        assertTrue(console().matches("(?s).*Score \\d+\\.\\d / 100.*"), console());
        UiTestSupport.screenshot(page.getWorkbenchWindow().getShell(), "editor-console.png");
    }

    // ---- helpers ----

    private IEditorPart flagshipEditor() {
        for (IEditorReference ref : page.getEditorReferences()) {
            if (ref.getName().equals("exhaustion_signal.pine")) {
                return ref.getEditor(true);
            }
        }
        return null;
    }

    private IFile testFile() throws Exception {
        // the first-start opener creates the project in the background: let it finish before using the project
        assertTrue(waitFor(() -> flagshipEditor() != null, 30_000), "the flagship strategy was not opened");
        IFile file = FlagshipOpener.project().getFile("editor_test.pine");
        ByteArrayInputStream content = new ByteArrayInputStream(SCRIPT.getBytes(StandardCharsets.UTF_8));
        if (file.exists()) {
            file.setContents(content, IResource.FORCE, null);
        } else {
            file.create(content, IResource.FORCE, null);
        }
        return file;
    }

    private ITextEditor open(IFile file) throws Exception {
        IEditorPart part = IDE.openEditor(page, file, true);
        assertEquals("org.eclipse.ui.genericeditor.GenericEditor", part.getSite().getId(), "*.pine opens the Generic Editor");
        UiTestSupport.flush(display, 200);
        return part.getAdapter(ITextEditor.class);
    }

    private static IDocument document(ITextEditor editor) {
        return editor.getDocumentProvider().getDocument(editor.getEditorInput());
    }

    private static StyledText styledText(ITextEditor editor) {
        return ((ITextViewer) editor.getAdapter(ITextOperationTarget.class)).getTextWidget();
    }

    private static List<IMarker> errors(IFile file) {
        try {
            return Arrays.stream(file.findMarkers(MARKER, false, IResource.DEPTH_ZERO))
                    .filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).toList();
        } catch (org.eclipse.core.runtime.CoreException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Presses and releases one key (a character, or SWT.ESC) as the keyboard would. */
    private void type(char c) {
        type((int) c);
    }

    private void type(int key) {
        for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
            Event e = new Event();
            e.type = type;
            if (key == SWT.ESC) {
                e.keyCode = SWT.ESC;
            } else {
                e.character = (char) key;
                e.keyCode = key == '\b' ? SWT.BS : key;
            }
            display.post(e);
            UiTestSupport.flush(display, 30);
        }
        UiTestSupport.flush(display, 100);
    }

    private boolean popupShows(String prefix) {
        for (Shell shell : display.getShells()) {
            if (shell.isVisible() && tableShows(shell, prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Runs the event loop until {@code condition} holds or {@code millis} pass; returns whether it held. */
    private boolean waitFor(BooleanSupplier condition, long millis) {
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            if (condition.getAsBoolean()) {
                return true;
            }
            UiTestSupport.flush(display, 50);
        }
        return condition.getAsBoolean();
    }
}
