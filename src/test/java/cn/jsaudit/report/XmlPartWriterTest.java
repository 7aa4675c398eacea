package cn.jsaudit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The part writer writes what the JDK's identity transformer writes (which the copies were written with before). */
class XmlPartWriterTest {

    private static String transformer(Document doc) throws Exception {
        Transformer t = TransformerFactory.newDefaultInstance().newTransformer();
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        t.setOutputProperty(OutputKeys.INDENT, "no");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.setXmlStandalone(true);
        t.transform(new DOMSource(doc), new StreamResult(out));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void assertSameAsTransformer(Document doc) throws Exception {
        assertEquals(transformer(doc), new String(XmlPartWriter.write(doc), StandardCharsets.UTF_8));
    }

    @Test
    void escapesTextAndAttributesAsTheTransformerDoes() throws Exception {
        Document doc = PackageXml.parse(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<comments xmlns=\""
                + PackageXml.MAIN + "\"><!-- kept --><?mso-application progid=\"Excel.Sheet\"?><authors><author>单位 &amp; \"甲\"</author>"
                + "</authors><commentList><comment ref=\"A1\" note=\"a&#10;b&#13;c&#9;d &lt; &gt; &amp; &quot;\"><text><t xml:space=\"preserve\">"
                + "一&#13;二\n三 &lt;四&gt; &amp;</t><t><![CDATA[<五>]]></t><t/></text></comment></commentList></comments>")
                .getBytes(StandardCharsets.UTF_8));
        assertSameAsTransformer(doc);
    }

    @Test
    void declaresEachNamespaceOnceAndWhereANewElementNeedsIt() throws Exception {
        Document doc = PackageXml.parse(("<x:worksheet xmlns:x=\"" + PackageXml.MAIN + "\" xmlns:r=\"" + PackageXml.REL + "\" "
                + "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" mc:Ignorable=\"x14ac\">"
                + "<x:sheetData xmlns:x=\"" + PackageXml.MAIN + "\"><x:row r=\"1\"/></x:sheetData><x:legacyDrawing r:id=\"rId1\"/>"
                + "<other xmlns=\"urn:other\"><inner/></other></x:worksheet>").getBytes(StandardCharsets.UTF_8));
        Element root = doc.getDocumentElement();
        Element added = PackageXml.element(root, "hyperlinks");
        root.appendChild(added);
        Element foreign = doc.createElementNS("urn:new", "n:thing");
        added.appendChild(foreign);
        Element legacy = doc.createElementNS(PackageXml.MAIN, "legacyDrawing");
        root.appendChild(legacy);
        PackageXml.setRelationshipId(legacy, "rId2");
        assertSameAsTransformer(doc);
    }
}
