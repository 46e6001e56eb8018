package org.studyguide.scaffold;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.studyguide.diag.Diagnostic;
import org.studyguide.diag.IoProblems;
import org.studyguide.model.Position;

/**
 * {@code new chapter ID}: writes {@code chapters/ID.md} and adds the id to a part in
 * {@code guide.yml}, inserting it where the list ends and leaving every other byte of the file as
 * it was. Everything is checked before anything is written; if writing fails halfway, the chapter
 * file is removed again, and {@code guide.yml} is replaced in one step or not at all.
 */
public final class NewChapter {
    private static final String BOM = "\uFEFF";

    /**
     * What was done.
     *
     * @param chapterFile the new chapter file
     * @param part        the title of the part it was added to
     * @param listedAt    where its id now stands in guide.yml
     */
    public record Added(Path chapterFile, String part, Position listedAt) {
    }

    private NewChapter() {
    }

    /**
     * Adds chapter {@code id} to the guide in {@code contentDir}.
     *
     * @param part  a part's title or number (from 1); the last part when empty
     * @param title the chapter's title; one made from the id when empty
     * @throws ScaffoldException when the id, the part or the guide's files do not allow it, or
     *                           writing fails; nothing is left changed
     */
    public static Added add(Path contentDir, String id, Optional<String> part, Optional<String> title)
            throws ScaffoldException {
        ChapterSlug.check(id);
        Path guideFile = contentDir.resolve("guide.yml");
        String original = read(guideFile);
        boolean bom = original.startsWith(BOM);
        GuideOutline outline = GuideOutline.parse(guideFile, bom ? original.substring(1) : original);
        GuideOutline.PartEntry target = PartChoice.choose(outline, part);
        refuseListed(outline, id);
        Path chapterFile = contentDir.resolve("chapters").resolve(id + ".md");
        if (Files.exists(chapterFile)) {
            throw new ScaffoldException(Diagnostic.error(Position.ofFile(chapterFile),
                    "a chapter file named '" + id + ".md' already exists and is not listed in guide.yml",
                    "add '" + id + "' to a part's chapters in guide.yml yourself, or choose another id"));
        }
        String edited = ChapterListEdit.apply(outline.text(), ChapterListEdit.add(outline, target, id));
        Position listedAt = verify(outline, edited, target, id);
        write(chapterFile, ChapterFile.text(title.orElseGet(() -> ChapterSlug.title(id))),
                guideFile, (bom ? BOM : "") + edited);
        return new Added(chapterFile, target.title(), listedAt);
    }

    private static String read(Path guideFile) throws ScaffoldException {
        try {
            byte[] bytes = Files.readAllBytes(guideFile);
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new ScaffoldException(Diagnostic.error(Position.ofFile(guideFile), "file not found",
                    "run this in the guide's folder or give --content DIR; 'studyguide new guide DIR' starts a guide"));
        } catch (CharacterCodingException e) {
            throw new ScaffoldException(Diagnostic.error(Position.ofFile(guideFile), "file is not valid UTF-8",
                    "save it with UTF-8 encoding"));
        } catch (IOException e) {
            throw new ScaffoldException(ScaffoldException.Reason.WRITE, "cannot read " + guideFile + ": " + IoProblems.describe(e));
        }
    }

    private static void refuseListed(GuideOutline outline, String id) throws ScaffoldException {
        for (GuideOutline.PartEntry part : outline.parts()) {
            for (ScalarNode node : part.chapterNodes()) {
                if (node.getValue().strip().equals(id)) {
                    throw new ScaffoldException(Diagnostic.error(outline.position(node),
                            "chapter '" + id + "' is already listed in guide.yml, in part '" + part.title() + "'",
                            "choose another id for the new chapter"));
                }
            }
        }
    }

    /**
     * Reads the edited text back: the part must list exactly one more id, the new one, at its
     * end, and every other part must be unchanged. Returns where the new id stands.
     */
    private static Position verify(GuideOutline before, String edited, GuideOutline.PartEntry target, String id)
            throws ScaffoldException {
        GuideOutline after;
        try {
            after = GuideOutline.parse(before.file(), edited);
        } catch (ScaffoldException e) {
            throw cannotEdit(target, id);
        }
        if (after.parts().size() != before.parts().size()) {
            throw cannotEdit(target, id);
        }
        for (int i = 0; i < before.parts().size(); i++) {
            List<String> expected = new ArrayList<>(before.parts().get(i).chapterIds());
            if (i == target.number() - 1) {
                expected.add(id);
            }
            if (!after.parts().get(i).chapterIds().equals(expected)) {
                throw cannotEdit(target, id);
            }
        }
        List<ScalarNode> listed = after.parts().get(target.number() - 1).chapterNodes();
        return after.position(listed.get(listed.size() - 1));
    }

    private static ScaffoldException cannotEdit(GuideOutline.PartEntry target, String id) {
        return new ScaffoldException(ScaffoldException.Reason.GUIDE, "cannot add '" + id + "' to part '"
                + target.title() + "' in guide.yml without changing the rest of the file; add it there yourself"
                + " and run this again, or write the part's chapters as [a, b] or as '- a' lines");
    }

    private static void write(Path chapterFile, String chapter, Path guideFile, String guide) throws ScaffoldException {
        List<Path> created = new ArrayList<>();
        try {
            if (!Files.isDirectory(chapterFile.getParent())) {
                created.add(Files.createDirectories(chapterFile.getParent()));
            }
            created.add(Files.writeString(chapterFile, chapter, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE));
            AtomicFile.replace(guideFile, guide.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            String undone = Rollback.delete(created);
            throw new ScaffoldException(ScaffoldException.Reason.WRITE,
                    "could not write the new chapter: " + IoProblems.describe(e) + "; guide.yml was left unchanged and " + undone);
        }
    }
}
