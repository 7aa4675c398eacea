package cn.jsaudit.ingest;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import javax.xml.stream.XMLInputFactory;

/** The streaming parser of a package's XML parts, for reading them (here) and for rewriting them (the annotated copy). */
public final class PartParsers {

    private PartParsers() {
    }

    /**
     * A StAX factory for one package. Aalto parses the parts in about two thirds of the JDK parser's CPU. It never
     * expands an entity declared in a DTD (any such reference is an error, as an undeclared one is for the JDK parser)
     * and never fetches an external one; the properties say so too. It has no caps of its own on name length or
     * attribute count (the JDK's are 1,000 characters and 10,000 attributes): what it holds is bounded by the bytes
     * {@link PackageGuard} lets a part inflate to. It keeps a table of every element and attribute name it has seen in
     * its factory, so each package gets a new factory (2% of the parsing): a hostile package's names go with it.
     */
    public static XMLInputFactory newFactory() {
        XMLInputFactory f = new InputFactoryImpl();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }
}
