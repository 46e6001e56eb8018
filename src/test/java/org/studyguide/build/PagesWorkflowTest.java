package org.studyguide.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The GitHub Pages workflow parses as YAML and does what README.md says: on a push to main, Java 17
 * with the Maven cache, the README's test command, the site built with the wrapper, uploaded and
 * deployed with GitHub's Pages actions.
 */
class PagesWorkflowTest {
    private static final Path PROJECT = Path.of(System.getProperty("project.basedir", ".")).toAbsolutePath();

    private static Map<String, Object> workflow;

    @BeforeAll
    static void load() throws IOException {
        String text = Files.readString(PROJECT.resolve(".github/workflows/pages.yml"), StandardCharsets.UTF_8);
        workflow = map(new Load(LoadSettings.builder().build()).loadFromString(text));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(String job) {
        Object steps = map(map(workflow.get("jobs")).get(job)).get("steps");
        assertThat(steps).isInstanceOf(List.class);
        return (List<Map<String, Object>>) steps;
    }

    private static Optional<Map<String, Object>> uses(String job, String action) {
        return steps(job).stream().filter(step -> action.equals(step.get("uses"))).findFirst();
    }

    private static List<String> runs(String job) {
        return steps(job).stream().filter(step -> step.containsKey("run")).map(step -> (String) step.get("run")).toList();
    }

    /** The README's test command, from its "The two commands" block: {@code ./mvnw verify}. */
    private static String readmeTestCommand() throws IOException {
        return Files.readAllLines(PROJECT.resolve("README.md")).stream()
                .filter(line -> line.startsWith("./mvnw verify"))
                .map(line -> line.replaceAll("\\s+#.*", "").strip())
                .findFirst().orElseThrow();
    }

    @Test
    void runsOnPushToMainAndByHandWithPagesPermissionsOneAtATime() {
        Map<String, Object> on = map(workflow.get("on"));
        assertThat(map(on.get("push")).get("branches")).isEqualTo(List.of("main"));
        assertThat(on).containsKey("workflow_dispatch");
        assertThat(map(workflow.get("permissions"))).containsEntry("pages", "write").containsEntry("id-token", "write");
        assertThat(map(workflow.get("concurrency"))).containsEntry("group", "pages");
    }

    @Test
    void buildsWithJava17AndTheMavenCacheAndRunsTheReadmeTestCommand() throws IOException {
        assertThat(steps("build").get(0)).containsEntry("uses", "actions/checkout@v4");
        Map<String, Object> java = map(uses("build", "actions/setup-java@v4").orElseThrow().get("with"));
        assertThat(java).containsEntry("distribution", "temurin").containsEntry("java-version", "17")
                .containsEntry("cache", "maven");
        String test = readmeTestCommand();
        assertThat(test).isEqualTo("./mvnw verify");
        assertThat(runs("build")).anySatisfy(run -> assertThat(run)
                .startsWith("./mvnw ").contains(" verify").doesNotContain("-DskipTests"));
        assertThat(runs("build")).anySatisfy(run -> assertThat(run).contains("chromium"));
    }

    @Test
    void buildsTheSiteWithTheWrapperAndUploadsIt() {
        List<String> runs = runs("build");
        int test = indexOf(runs, " verify");
        int build = indexOf(runs, " package");
        assertThat(test).isNotNegative().isLessThan(build);
        assertThat(runs.get(build)).startsWith("./mvnw ");
        assertThat(Files.isExecutable(PROJECT.resolve("mvnw"))).isTrue();
        List<Map<String, Object>> steps = steps("build");
        Map<String, Object> upload = uses("build", "actions/upload-pages-artifact@v3").orElseThrow();
        assertThat(map(upload.get("with"))).containsEntry("path", "site");
        assertThat(steps.indexOf(upload)).isEqualTo(steps.size() - 1);
    }

    @Test
    void deploysAfterTheBuildIntoTheGithubPagesEnvironment() {
        Map<String, Object> deploy = map(map(workflow.get("jobs")).get("deploy"));
        assertThat(deploy).containsEntry("needs", "build");
        assertThat(map(deploy.get("environment"))).containsEntry("name", "github-pages");
        assertThat(uses("deploy", "actions/deploy-pages@v4")).isPresent();
    }

    private static int indexOf(List<String> runs, String part) {
        for (int i = 0; i < runs.size(); i++) {
            if (runs.get(i).startsWith("./mvnw") && runs.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }
}
