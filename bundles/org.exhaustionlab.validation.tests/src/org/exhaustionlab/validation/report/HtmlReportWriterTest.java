package org.exhaustionlab.validation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HtmlReportWriterTest {
    private static final String HOSTILE = "<script>alert('x')</script> & \"Co\"";

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> svgFragments(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL).matcher(html);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void wholeDocumentAndEverySvgAreWellFormedXml() throws Exception {
        String html = HtmlReportWriter.toHtml(ReportFixtures.report("SMA cross", 3000));
        Document doc = parse(html);
        assertEquals("html", doc.getDocumentElement().getTagName());
        List<String> svgs = svgFragments(html);
        // equity, drawdown, monthly heat map, two Monte Carlo histograms
        assertEquals(5, svgs.size());
        for (String svg : svgs) {
            Document d = parse(svg);
            assertEquals("svg", d.getDocumentElement().getTagName());
            assertTrue(d.getDocumentElement().getElementsByTagName("title").getLength() >= 1, "every chart has a title");
        }
    }

    @Test
    void containsEverySection() throws Exception {
        String html = HtmlReportWriter.toHtml(ReportFixtures.report("SMA cross", 3000));
        Document doc = parse(html);
        List<String> ids = new ArrayList<>();
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty()) {
                ids.add(id);
            }
        }
        assertEquals(List.of("header", "verdict", "summary", "score", "gates", "equity", "drawdown", "monthly", "oos", "walkforward",
                "crossmarket", "montecarlo", "overfitting", "lookahead", "execution", "limits", "notes"), ids);
        assertTrue(html.contains("Sharpe ratio (annualised)"), "score lines are listed");
        assertTrue(html.contains("LOOK-AHEAD DETECTED"));
        assertTrue(html.contains("Daily loss limit 1 % (hard stop)"), "risk limits are listed");
        assertTrue(html.contains("P95 "), "histograms mark percentiles");
    }

    @Test
    void everyScoreLineShowsMeasuredValueRuleAndPoints() {
        ValidationReport r = ReportFixtures.report("SMA cross", 3000);
        String html = HtmlReportWriter.toHtml(r);
        r.readiness().lines().forEach(l -> {
            assertTrue(html.contains(Text.esc(l.item().thresholdText())), "rule of " + l.item());
            assertTrue(html.contains(Text.num(l.points(), 2) + " / " + Text.num(l.maxPoints(), 0)), "points of " + l.item());
            assertTrue(html.contains(Text.esc(l.item().format(l.measured()))), "measured value of " + l.item());
        });
        assertTrue(html.contains(Text.num(r.readiness().total(), 1) + "<span class=\"of\"> / 100</span>"), "badge shows the total");
    }

    @Test
    void hostileTextIsEscapedEverywhere() throws Exception {
        String html = HtmlReportWriter.toHtml(ReportFixtures.report(HOSTILE, 500));
        assertFalse(html.toLowerCase().contains("<script"), "no script element may appear");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;"));
        assertTrue(html.contains("SOL &lt;b&gt;&amp;amp;&lt;/b&gt;"), "market names are escaped");
        assertTrue(html.contains("A note with &lt;angle&gt; &amp; ampersand"));
        Document doc = parse(html);
        assertEquals(HOSTILE, doc.getElementsByTagName("h1").item(0).getTextContent(), "the name reads back unchanged");
    }

    @Test
    void isSelfContained() {
        String html = HtmlReportWriter.toHtml(ReportFixtures.report("SMA cross", 3000));
        String lower = html.toLowerCase();
        assertFalse(lower.contains("http://"));
        assertFalse(lower.contains("https://"));
        assertFalse(lower.contains("<script"));
        assertFalse(lower.contains("<link"));
        assertFalse(lower.contains("<img"));
        assertFalse(lower.contains("@import"));
        assertFalse(lower.contains("url("));
        assertTrue(lower.contains("<style>"));
    }

    @Test
    void hundredThousandPointsAreDecimatedForTheCharts() throws Exception {
        ValidationReport r = ReportFixtures.report("Long run", 100_000);
        String html = HtmlReportWriter.toHtml(r);
        List<String> svgs = svgFragments(html);
        for (int chart = 0; chart < 2; chart++) {
            Document d = parse(svgs.get(chart));
            NodeList paths = d.getElementsByTagName("path");
            String line = ((Element) paths.item(paths.getLength() - 1)).getAttribute("d");
            int points = line.split("[ML]").length - 1;
            assertTrue(points >= 1000 && points <= 2000, "chart " + chart + " draws " + points + " points");
        }
        assertTrue(html.length() < 1_500_000, "report size " + html.length());
    }

    @Test
    void sectionsThatWereNotRunSaySo() {
        ValidationReport full = ReportFixtures.report("x", 500);
        ValidationReport bare = new ValidationReport("bare", "", full.generatedAt(), full.readiness(), full.performance(), "", full.equity(),
                null, List.of(), null, null, null, null, null, null, List.of());
        String html = HtmlReportWriter.toHtml(bare);
        assertTrue(html.contains("Not run: no out-of-sample split was run."));
        assertTrue(html.contains("Not run: no trial return matrix was supplied"));
        assertTrue(html.contains("Not run: the look-ahead check was not run."));
        assertTrue(html.contains("Not run: no other markets were supplied."));
    }
}
