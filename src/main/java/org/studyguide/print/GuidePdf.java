package org.studyguide.print;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import org.studyguide.model.Paper;

/**
 * The whole guide's PDF, laid out in pieces ({@link PdfPieces}) and joined ({@link PdfJoin}): each
 * chapter and the appendix on the pool as soon as it starts, so that the longest document of a
 * build no longer runs on one core, and after a chapter edit only that chapter's piece is laid out
 * again. Once every piece is there, the front is laid out with the contents' page numbers, then a
 * document of the page numbers alone, and all are joined. Each piece comes from the cache when it
 * holds one laid out from the same input, and the joined bytes do not depend on where pieces came from.
 */
final class GuidePdf {
    /** Enough for the front's page count to settle: its numbers rarely change how many pages it has. */
    private static final int FRONT_TRIES = 4;

    private final PdfPieces pieces;
    private final PdfStore store;
    private final Paper paper;
    private final String language;
    private final List<PdfDocument> bodies;
    private final List<Future<Laid>> reading = new ArrayList<>();
    private final boolean laysOut;

    /**
     * A piece read for the join (empty when openhtmltopdf reported problems), and its bytes when it
     * was laid out in this build rather than taken from the cache.
     */
    private record Laid(Optional<PdfJoin.Piece> piece, List<String> problems, Optional<byte[]> fresh) {
    }

    /**
     * Starts, on the pool, laying out (then reading) every piece after the front that the cache
     * does not hold, and reading the others.
     */
    GuidePdf(PdfPieces pieces, PdfStore store, PdfPool pool, Paper paper, String language) {
        this.pieces = pieces;
        this.store = store;
        this.paper = paper;
        this.language = language;
        this.bodies = pieces.bodies();
        List<Optional<byte[]>> found = bodies.stream().map(store::findPiece).toList();
        this.laysOut = found.stream().anyMatch(Optional::isEmpty);
        List<Future<Laid>> tasks = new ArrayList<>();
        // The layouts first: each takes longer than reading a piece.
        for (int i = 0; i < bodies.size(); i++) {
            PdfDocument body = bodies.get(i);
            tasks.add(found.get(i).isPresent() ? null : pool.submit(() -> layOut(body)));
        }
        for (int i = 0; i < bodies.size(); i++) {
            Optional<byte[]> bytes = found.get(i);
            if (bytes.isPresent()) {
                tasks.set(i, pool.submit(() -> new Laid(Optional.of(PdfJoin.Piece.read(bytes.get())), List.of(),
                        Optional.empty())));
            }
        }
        reading.addAll(tasks);
    }

    /** How many pieces the guide is laid out in: the front, the chapters and appendix, and the page numbers. */
    int pieces() {
        return bodies.size() + 2;
    }

    /** Whether a piece after the front is laid out in this build (then the guide's text is checked for glyphs). */
    boolean laysOut() {
        return laysOut;
    }

    /** The joined PDF, or what openhtmltopdf reported for its pieces. A piece that fails to lay out throws. */
    Result join() {
        List<String> problems = new ArrayList<>();
        List<PdfJoin.Piece> open = new ArrayList<>();
        int laidOut = 0;
        try {
            List<PdfJoin.Piece> read = new ArrayList<>();
            for (int i = 0; i < bodies.size(); i++) {
                Laid laid = PdfPool.await(reading.get(i));
                laid.piece().ifPresent(open::add);
                laid.piece().ifPresent(read::add);
                problems.addAll(laid.problems());
                if (laid.fresh().isPresent()) {
                    laidOut++;
                    store.keepPiece(bodies.get(i), laid.fresh().get());
                }
            }
            if (!problems.isEmpty()) {
                return new Result(Optional.empty(), problems, laidOut);
            }
            // A title page and a page of contents, to begin with.
            int frontPages = 2;
            PdfDocument frontDocument = null;
            PdfJoin.Piece front = null;
            boolean frontLaidOut = false;
            for (int tries = 0; tries < FRONT_TRIES && (front == null || front.pages() != frontPages); tries++) {
                frontPages = front == null ? frontPages : front.pages();
                frontDocument = pieces.front(pageNumbers(frontPages, read));
                Laid laid = here(frontDocument);
                frontLaidOut |= laid.fresh().isPresent();
                problems.addAll(laid.problems());
                if (laid.piece().isEmpty()) {
                    return new Result(Optional.empty(), problems, laidOut);
                }
                front = laid.piece().get();
                open.add(front);
            }
            laidOut += frontLaidOut ? 1 : 0;
            int total = front.pages() + read.stream().mapToInt(PdfJoin.Piece::pages).sum();
            PdfDocument numbersDocument = pieces.pageNumbers(total);
            Laid numbers = here(numbersDocument);
            laidOut += numbers.fresh().isPresent() ? 1 : 0;
            problems.addAll(numbers.problems());
            if (numbers.piece().isEmpty()) {
                return new Result(Optional.empty(), problems, laidOut);
            }
            open.add(numbers.piece().get());
            List<PdfJoin.Piece> all = new ArrayList<>();
            all.add(front);
            all.addAll(read);
            PdfDocument whole = pieces.whole();
            byte[] joined = PdfJoin.join(all, numbers.piece().get(), pieces.bookmarks(),
                    pdf -> PdfRenderer.finish(pdf, whole.title(), whole.markup(), paper, language));
            List<PdfDocument> keyed = new ArrayList<>(bodies);
            keyed.add(frontDocument);
            keyed.add(numbersDocument);
            store.keepJoined(whole.path(), keyed, joined);
            return new Result(Optional.of(joined), problems, laidOut);
        } finally {
            open.forEach(PdfJoin.Piece::close);
        }
    }

    /**
     * The joined PDF or the problems that kept it from being joined, and how many pieces were laid out.
     *
     * @param pdf      the joined PDF, when every piece was laid out without a problem
     * @param problems what openhtmltopdf reported, at warning level or above
     * @param laidOut  the pieces laid out in this build (the others came from the cache)
     */
    record Result(Optional<byte[]> pdf, List<String> problems, int laidOut) {
    }

    /** The page each place of the joined document is on (1-based), given the front's page count. */
    private static Map<String, Integer> pageNumbers(int frontPages, List<PdfJoin.Piece> read) {
        Map<String, Integer> pages = new HashMap<>();
        int before = frontPages;
        for (PdfJoin.Piece piece : read) {
            int offset = before;
            piece.pageOf().forEach((id, index) -> pages.put(id, offset + index + 1));
            before += piece.pages();
        }
        return pages;
    }

    /** Lays a piece out and reads it, on the calling thread: one of the pool's, or the build's for {@link #here}. */
    private Laid layOut(PdfDocument document) {
        PdfRenderer.Rendered rendered = PdfRenderer.render(document, paper);
        Optional<PdfJoin.Piece> piece = rendered.problems().isEmpty()
                ? Optional.of(PdfJoin.Piece.read(rendered.bytes())) : Optional.empty();
        return new Laid(piece, rendered.problems(), Optional.of(rendered.bytes()).filter(b -> piece.isPresent()));
    }

    /**
     * A piece from the cache, or else laid out on the calling thread: the front and the page
     * numbers wait for every other piece, and the pool is busy with the chapters' PDFs.
     */
    private Laid here(PdfDocument document) {
        Optional<byte[]> found = store.findPiece(document);
        if (found.isPresent()) {
            return new Laid(Optional.of(PdfJoin.Piece.read(found.get())), List.of(), Optional.empty());
        }
        Laid laid = layOut(document);
        laid.fresh().ifPresent(bytes -> store.keepPiece(document, bytes));
        return laid;
    }
}
