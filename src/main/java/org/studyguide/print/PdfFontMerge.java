package org.studyguide.print;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Embeds each font once in a PDF joined from pieces: every piece embedded its own subset of the
 * same Liberation face, which made the whole guide's PDF half as large again. All subsets of a
 * face are replaced by one subset of every glyph they hold, made by PDFBox as it makes any other.
 * This works because PDFBox's subsets keep the font's own glyph numbers as character codes (their
 * {@code CIDToGIDMap} maps each to its place in the subset), so every piece's text means the same
 * glyphs in the merged subset.
 */
final class PdfFontMerge {
    private PdfFontMerge() {
    }

    /** Replaces the subsets in {@code pdf}'s pages and forms by one per face. */
    static void apply(PDDocument pdf) throws IOException {
        List<COSDictionary> fontMaps = new ArrayList<>();
        Set<COSDictionary> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PDPage page : pdf.getPages()) {
            collect(page.getCOSObject().getCOSDictionary(COSName.RESOURCES), fontMaps, seen);
        }
        Map<String, Set<COSDictionary>> byFace = new TreeMap<>();
        for (COSDictionary fonts : fontMaps) {
            for (COSName name : fonts.keySet()) {
                if (fonts.getDictionaryObject(name) instanceof COSDictionary font) {
                    face(font).ifPresent(face -> byFace.computeIfAbsent(face,
                            f -> Collections.newSetFromMap(new IdentityHashMap<>())).add(font));
                }
            }
        }
        Map<COSDictionary, COSDictionary> merged = new IdentityHashMap<>();
        for (Map.Entry<String, Set<COSDictionary>> face : byFace.entrySet()) {
            Optional<byte[]> program = PdfFonts.get().program(face.getKey());
            if (program.isEmpty() || face.getValue().size() < 2) {
                continue;
            }
            Set<Integer> glyphs = new TreeSet<>();
            for (COSDictionary font : face.getValue()) {
                glyphs.addAll(glyphs(font));
            }
            try (InputStream in = new ByteArrayInputStream(program.get())) {
                PDType0Font one = PDType0Font.load(pdf, in, true);
                one.addGlyphsToSubset(glyphs);
                one.subset();
                face.getValue().forEach(font -> merged.put(font, one.getCOSObject()));
            }
        }
        for (COSDictionary fonts : fontMaps) {
            for (COSName name : List.copyOf(fonts.keySet())) {
                if (fonts.getDictionaryObject(name) instanceof COSDictionary font && merged.containsKey(font)) {
                    fonts.setItem(name, merged.get(font));
                }
            }
        }
    }

    /** The font resource dictionaries of a resources dictionary and of the forms it uses. */
    private static void collect(COSDictionary resources, List<COSDictionary> fontMaps, Set<COSDictionary> seen) {
        if (resources == null || !seen.add(resources)) {
            return;
        }
        COSDictionary fonts = resources.getCOSDictionary(COSName.FONT);
        if (fonts != null) {
            fontMaps.add(fonts);
        }
        COSDictionary objects = resources.getCOSDictionary(COSName.XOBJECT);
        if (objects != null) {
            for (COSName name : objects.keySet()) {
                if (objects.getDictionaryObject(name) instanceof COSStream form
                        && COSName.FORM.equals(form.getCOSName(COSName.SUBTYPE))) {
                    collect(form.getCOSDictionary(COSName.RESOURCES), fontMaps, seen);
                }
            }
        }
    }

    /**
     * The face a PDFBox subset of a TrueType font embeds ("LiberationSerif" of
     * "ABCDEF+LiberationSerif"), when the font is one: Type0, Identity-H, with a CIDToGIDMap.
     */
    private static Optional<String> face(COSDictionary font) {
        String base = font.getNameAsString(COSName.BASE_FONT);
        if (!COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE)) || base == null || base.indexOf('+') != 6
                || !COSName.IDENTITY_H.equals(font.getCOSName(COSName.ENCODING)) || descendant(font) == null
                || !(descendant(font).getDictionaryObject(COSName.CID_TO_GID_MAP) instanceof COSStream)) {
            return Optional.empty();
        }
        return Optional.of(base.substring(7));
    }

    private static COSDictionary descendant(COSDictionary font) {
        COSArray descendants = font.getCOSArray(COSName.DESCENDANT_FONTS);
        return descendants != null && descendants.size() == 1 && descendants.getObject(0) instanceof COSDictionary d
                ? d : null;
    }

    /** The glyphs of the font a subset holds: the codes its CIDToGIDMap maps to a glyph of the subset. */
    private static Set<Integer> glyphs(COSDictionary font) throws IOException {
        Set<Integer> glyphs = new TreeSet<>();
        COSStream map = (COSStream) descendant(font).getDictionaryObject(COSName.CID_TO_GID_MAP);
        byte[] bytes;
        try (InputStream in = map.createInputStream()) {
            bytes = in.readAllBytes();
        }
        for (int cid = 0; 2 * cid + 1 < bytes.length; cid++) {
            if (((bytes[2 * cid] & 0xff) << 8 | (bytes[2 * cid + 1] & 0xff)) != 0) {
                glyphs.add(cid);
            }
        }
        return glyphs;
    }
}
