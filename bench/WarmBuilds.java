import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.studyguide.cli.Main;

/**
 * Runs the same command several times in one JVM, as the build daemon does, and prints each run's
 * wall, CPU and collector seconds, its collections and the bytes it allocated: how a warm build's
 * time is found, apart from start-up, and how its garbage collection is seen. bench/warm.sh runs it
 * with the daemon's JVM options. Run with the built jar on the class path:
 *   java -cp target/studyguide.jar bench/WarmBuilds.java RUNS build --no-cache --content DIR --out OUT
 */
public final class WarmBuilds {
    public static void main(String[] args) {
        int runs = Integer.parseInt(args[0]);
        String[] command = Arrays.copyOfRange(args, 1, args.length);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int run = 1; run <= runs; run++) {
            long wall = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            long gc = collectorMillis();
            long collections = collections();
            long allocated = threads.getTotalThreadAllocatedBytes();
            int code = Main.run(command);
            System.out.printf("run %d exit %d wall %.3f cpu %.3f gc %.3f collections %d allocated-mb %d%n", run, code,
                    (System.nanoTime() - wall) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9,
                    (collectorMillis() - gc) / 1e3, collections() - collections,
                    (threads.getTotalThreadAllocatedBytes() - allocated) >> 20);
        }
    }

    private static long collectorMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static long collections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }
}
