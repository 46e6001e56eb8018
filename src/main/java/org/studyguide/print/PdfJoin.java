package org.studyguide.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.jsoup.nodes.Element;

/**
 * Joins PDFs laid out in pieces ({@link PdfPieces}) into one: their pages in order, their
 * structure trees under one Document element (the parent tree's keys shifted piece by piece),
 * their links to each other resolved to the place each target was reported at, one outline built
 * from the whole guide's bookmarks, the page numbers laid over every page from a document of
 * empty pages that shows only them, and one subset per font face ({@link PdfFontMerge}). The
 * pieces' objects are moved, not copied: nothing is parsed twice and the join costs little more
 * than writing the result.
 */
final class PdfJoin {
    private PdfJoin() {
    }

    /** A place a piece reported: the page it is on and where, and its structure element. */
    private record Place(PDPageXYZDestination destination, PDStructureElement element, int pageIndex) {
    }

    /**
     * A piece read and parsed whole, ready to be joined: reading is the costly part of a join, and
     * pieces can be read on several threads at once. It holds its document open until closed.
     */
    static final class Piece implements AutoCloseable {
        private final PDDocument pdf;
        private final List<COSObject> objects;
        private final Map<String, Place> places;

        private Piece(PDDocument pdf, List<COSObject> objects, Map<String, Place> places) {
            this.pdf = pdf;
            this.objects = objects;
            this.places = places;
        }

        /** Reads a piece's PDF and every object in it. */
        static Piece read(byte[] bytes) {
            try {
                PDDocument pdf = Loader.loadPDF(bytes);
                COSDocument cos = pdf.getDocument();
                // In the order of their numbers, so that each object stream is read once.
                List<COSObject> objects = cos.getXrefTable().keySet().stream().sorted()
                        .map(cos::getObjectFromPool).toList();
                objects.forEach(COSObject::getObject);
                return new Piece(pdf, objects, places(pdf));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** How many pages the piece has. */
        int pages() {
            return pdf.getNumberOfPages();
        }

        /** The page (0-based, within the piece) of each place the piece reports, by id. */
        Map<String, Integer> pageOf() {
            Map<String, Integer> pages = new HashMap<>();
            places.forEach((id, place) -> pages.put(id, place.pageIndex()));
            return pages;
        }

        /**
         * Gives the piece's objects numbers no other piece's objects have (after {@code numbers[0]},
         * which is advanced): the writer keeps the numbers objects were read with, and the same
         * number read from two pieces would otherwise name one object for both.
         */
        private void renumber(long[] numbers) {
            for (COSObject object : objects) {
                COSObjectKey key = new COSObjectKey(++numbers[0], 0);
                object.setKey(key);
                if (object.getObject() != null) {
                    object.getObject().setKey(key);
                }
            }
        }

        @Override
        public void close() {
            try {
                pdf.close();
            } catch (IOException e) {
                // Read from memory: nothing to release.
            }
        }
    }

    /**
     * The joined PDF. The pieces are taken apart: they cannot be joined again.
     *
     * @param pieces      the pieces, front first
     * @param pageNumbers a piece with as many pages as all pieces together, showing only the page numbers
     * @param bookmarks   the whole guide's outline as {@code <bookmark>} elements
     * @param finish      sets the document's metadata
     */
    static byte[] join(List<Piece> pieces, Piece pageNumbers, Element bookmarks, Finish finish) {
        try (PDDocument out = new PDDocument()) {
            Map<String, Place> places = new HashMap<>();
            PDStructureTreeRoot root = new PDStructureTreeRoot();
            PDStructureElement document = new PDStructureElement("Document", root);
            COSArray kids = new COSArray();
            COSArray nums = new COSArray();
            int nextKey = 0;
            long[] numbers = {0};
            for (Piece each : pieces) {
                PDDocument piece = each.pdf;
                each.renumber(numbers);
                places.putAll(each.places);
                PDStructureTreeRoot pieceRoot = piece.getDocumentCatalog().getStructureTreeRoot();
                if (!root.getCOSObject().containsKey(COSName.ROLE_MAP)) {
                    root.getCOSObject().setItem(COSName.ROLE_MAP, pieceRoot.getCOSObject().getItem(COSName.ROLE_MAP));
                    document.setLanguage(((PDStructureElement) pieceRoot.getKids().get(0)).getLanguage());
                }
                COSDictionary pieceDocument = pieceRoot.getCOSObject().getCOSDictionary(COSName.K);
                adopt(pieceDocument, document.getCOSObject(), kids);
                int from = nextKey;
                nextKey = shiftParentTree(pieceRoot, pieceDocument, document.getCOSObject(), from, nums);
                for (PDPage page : piece.getPages()) {
                    shiftKeys(page, from);
                    out.addPage(page);
                }
            }
            document.getCOSObject().setItem(COSName.K, kids);
            root.appendKid(document);
            COSDictionary parentTree = new COSDictionary();
            parentTree.setItem(COSName.NUMS, nums);
            root.getCOSObject().setItem(COSName.PARENT_TREE, parentTree);
            root.setParentTreeNextKey(nextKey);
            PDDocumentCatalog catalog = out.getDocumentCatalog();
            catalog.setStructureTreeRoot(root);
            PDMarkInfo marked = new PDMarkInfo();
            marked.setMarked(true);
            catalog.setMarkInfo(marked);
            catalog.getCOSObject().setItem(COSName.METADATA,
                    pieces.get(0).pdf.getDocumentCatalog().getCOSObject().getItem(COSName.METADATA));
            resolveLinks(out, places);
            catalog.setDocumentOutline(outline(bookmarks, places));
            pageNumbers.renumber(numbers);
            out.getDocument().setHighestXRefObjectNumber(numbers[0]);
            layOver(out, pageNumbers.pdf);
            PdfFontMerge.apply(out);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            finish.apply(out);
            out.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the joined document's metadata, as for any other PDF. */
    interface Finish {
        void apply(PDDocument pdf) throws IOException;
    }

    /** Shifts a page's key in the parent tree, and its annotations' keys, by {@code from}. */
    private static void shiftKeys(PDPage page, int from) throws IOException {
        if (page.getStructParents() >= 0) {
            page.setStructParents(page.getStructParents() + from);
        }
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (annotation.getStructParent() >= 0) {
                annotation.setStructParent(annotation.getStructParent() + from);
            }
        }
    }

    /** Moves the children of a piece's Document element under the joined one. */
    private static void adopt(COSDictionary pieceDocument, COSDictionary document, COSArray kids) {
        COSBase k = pieceDocument == null ? null : pieceDocument.getDictionaryObject(COSName.K);
        if (k == null) {
            return; // a piece with nothing tagged in it
        }
        COSArray children = k instanceof COSArray array ? array : new COSArray(List.of(k));
        for (int i = 0; i < children.size(); i++) {
            COSBase child = children.getObject(i);
            if (child instanceof COSDictionary element) {
                if (element.containsKey(COSName.P)) {
                    element.setItem(COSName.P, document);
                }
                kids.add(children.get(i));
            } else if (child instanceof COSNumber mcid) {
                COSDictionary reference = new COSDictionary();
                reference.setItem(COSName.TYPE, COSName.getPDFName("MCR"));
                reference.setItem(COSName.PG, pieceDocument.getItem(COSName.PG));
                reference.setItem(COSName.MCID, COSInteger.get(mcid.intValue()));
                kids.add(reference);
            }
        }
    }

    /**
     * Appends a piece's parent tree to the joined one with its keys shifted by {@code from} (the
     * pages and annotations that use the keys are shifted by {@link #shiftKeys}); returns the next free key.
     */
    private static int shiftParentTree(PDStructureTreeRoot pieceRoot, COSDictionary pieceDocument,
            COSDictionary document, int from, COSArray nums) {
        COSArray pieceNums = numbers(pieceRoot.getCOSObject().getCOSDictionary(COSName.PARENT_TREE));
        for (int i = 0; i + 1 < pieceNums.size(); i += 2) {
            int key = ((COSNumber) pieceNums.getObject(i)).intValue();
            COSBase value = pieceNums.get(i + 1);
            COSBase resolved = value instanceof COSObject object ? object.getObject() : value;
            if (resolved instanceof COSArray parents) {
                for (int j = 0; j < parents.size(); j++) {
                    if (parents.getObject(j) == pieceDocument) {
                        parents.set(j, document);
                    }
                }
            } else if (resolved == pieceDocument) {
                value = document;
            }
            nums.add(COSInteger.get(key + from));
            nums.add(value);
        }
        return from + pieceRoot.getParentTreeNextKey();
    }

    /** A number tree's pairs, from its leaves in order. */
    private static COSArray numbers(COSDictionary node) {
        COSArray pairs = new COSArray();
        if (node == null) {
            return pairs;
        }
        COSArray own = node.getCOSArray(COSName.NUMS);
        if (own != null) {
            for (int i = 0; i < own.size(); i++) {
                pairs.add(own.get(i));
            }
        }
        COSArray kids = node.getCOSArray(COSName.KIDS);
        if (kids != null) {
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getObject(i) instanceof COSDictionary kid) {
                    COSArray more = numbers(kid);
                    for (int j = 0; j < more.size(); j++) {
                        pairs.add(more.get(j));
                    }
                }
            }
        }
        return pairs;
    }

    /** The places a piece reports through its outline (one item per place, named by its id). */
    private static Map<String, Place> places(PDDocument piece) throws IOException {
        Map<String, Place> places = new HashMap<>();
        PDDocumentOutline outline = piece.getDocumentCatalog().getDocumentOutline();
        if (outline == null) {
            return places;
        }
        for (PDOutlineItem item : outline.children()) {
            if (item.getDestination() instanceof PDPageXYZDestination destination) {
                int index = piece.getPages().indexOf(destination.getPage());
                places.put(item.getTitle(), new Place(destination, item.getStructureElement(), index));
            }
        }
        return places;
    }

    /** Points every link to another piece at the place its target was reported. */
    private static void resolveLinks(PDDocument out, Map<String, Place> places) throws IOException {
        for (PDPage page : out.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri
                        && uri.getURI() != null && uri.getURI().startsWith(PdfPieces.LINK_MARK)) {
                    Optional<Place> place = Optional.ofNullable(
                            places.get(uri.getURI().substring(PdfPieces.LINK_MARK.length())));
                    PDActionGoTo go = new PDActionGoTo();
                    place.ifPresent(p -> go.setDestination(copy(p.destination())));
                    link.setAction(place.isPresent() ? go : null);
                }
            }
        }
    }

    private static PDDocumentOutline outline(Element bookmarks, Map<String, Place> places) {
        PDDocumentOutline outline = new PDDocumentOutline();
        if (bookmarks != null) {
            addItems(outline, bookmarks, places);
        }
        return outline;
    }

    private static void addItems(PDOutlineNode parent, Element bookmarks, Map<String, Place> places) {
        for (Element bookmark : bookmarks.children()) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(bookmark.attr("name"));
            Place place = places.get(bookmark.attr("href").substring(1));
            if (place != null) {
                item.setDestination(copy(place.destination()));
                if (place.element() != null) {
                    item.setStructureElement(place.element());
                }
            }
            parent.addLast(item);
            addItems(item, bookmark, places);
        }
    }

    private static PDPageXYZDestination copy(PDPageXYZDestination destination) {
        PDPageXYZDestination copy = new PDPageXYZDestination();
        copy.setPage(destination.getPage());
        copy.setLeft(destination.getLeft());
        copy.setTop(destination.getTop());
        copy.setZoom(destination.getZoom());
        return copy;
    }

    /** Draws each page of {@code numbers} over the same page of {@code out}, as an artifact (not text to read). */
    private static void layOver(PDDocument out, PDDocument numbers) throws IOException {
        if (numbers.getNumberOfPages() != out.getNumberOfPages()) {
            throw new IllegalStateException("the page numbers have " + numbers.getNumberOfPages()
                    + " pages for " + out.getNumberOfPages());
        }
        LayerUtility layers = new LayerUtility(out);
        for (int i = 0; i < out.getNumberOfPages(); i++) {
            PDFormXObject form = layers.importPageAsForm(numbers, i);
            try (PDPageContentStream stream = new PDPageContentStream(out, out.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                stream.beginMarkedContent(COSName.ARTIFACT);
                stream.drawForm(form);
                stream.endMarkedContent();
            }
        }
    }
}
