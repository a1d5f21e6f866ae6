package guichet.customers.tables;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** XLSX files built by the tests. */
public final class Workbooks {

    private Workbooks() {}

    /** A zip-bomb-like workbook: its sheet is this many megabytes of blanks, which deflate to a thousandth of that. */
    public static byte[] unzippingTo(int megabytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] blanks = " ".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < megabytes; i++) {
                zip.write(blanks);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
