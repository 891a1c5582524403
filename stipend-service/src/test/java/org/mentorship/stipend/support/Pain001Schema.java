package org.mentorship.stipend.support;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * The official ISO 20022 pain.001.001.09 schema (src/test/resources/iso20022, source in its README): every pain.001
 * file a test produces goes through {@link #validate}, which fails the test on the first violation.
 */
public final class Pain001Schema {

    private static final Schema SCHEMA = load();

    private Pain001Schema() {}

    /** Returns the file when it is valid; throws with the line, column and rule otherwise. */
    public static String validate(String file) {
        try {
            SCHEMA.newValidator().validate(new StreamSource(new StringReader(file)));
            return file;
        } catch (SAXException e) {
            throw new AssertionError("Not a valid pain.001.001.09 file: " + e.getMessage() + "\n" + file, e);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Schema load() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return factory.newSchema(Pain001Schema.class.getResource("/iso20022/pain.001.001.09.xsd"));
        } catch (SAXException e) {
            throw new IllegalStateException("The pain.001.001.09 schema does not load", e);
        }
    }
}
