package io.github.camelsegmentremote.sync.management;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import ch.qos.logback.classic.Level;
import io.github.camelsegmentremote.sync.SyncRunStats;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The progress lines of a run: every N pages, with totals, counts, rate and the time left. */
class SyncProgressLogTest {

    private static final Instant T0 = Instant.parse("2026-12-04T10:00:00Z");
    private final Logger logger = (Logger) LoggerFactory.getLogger(SyncProgressLog.class);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    @BeforeEach
    void capture() {
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void release() {
        logger.detachAppender(appender);
    }

    private static SyncRunStats page(long page) {
        return new SyncRunStats(T0, null, page, 25, page * 100, page * 90, page * 10, 0, page * 80, 0, 0, 0, null);
    }

    @Test
    void logsEveryTenPagesWithRateAndTimeLeft() {
        SyncManagement management = new SyncManagement(new MutableClock(T0));
        SyncProgressLog log = new SyncProgressLog("employmentSync", 10);
        for (long page = 1; page <= 25; page++) {
            log.progress(page(page), T0.plus(Duration.ofSeconds(page)));
            // Exchanges of one page report it again: logged once.
            log.progress(page(page), T0.plus(Duration.ofSeconds(page)));
        }
        List<String> lines = appender.list.stream().filter(e -> e.getLevel() == Level.INFO)
                .map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).containsExactly(
                "Sync employmentSync progress: page 10 of 25 (40%), employees seen 1000, changed 900, "
                        + "identifies sent 800, 100 employees/s, about 15 s left",
                "Sync employmentSync progress: page 20 of 25 (80%), employees seen 2000, changed 1800, "
                        + "identifies sent 1600, 100 employees/s, about 5 s left");
        assertThat(management.getProgressEveryPages()).as("the default").isEqualTo(10);
    }

    @Test
    void pagesCountedOutOfOrderStillGiveOneLinePerMultiple() {
        SyncProgressLog log = new SyncProgressLog("employmentSync", 10);
        // Page 11 is counted before page 10 (pages run in parallel): the run's pagesRead is the highest so far.
        for (long pagesRead : new long[] {8, 9, 11, 11, 12, 19, 21, 21}) {
            log.progress(page(pagesRead), T0.plus(Duration.ofSeconds(pagesRead)));
        }
        assertThat(appender.list).extracting(ILoggingEvent::getFormattedMessage)
                .hasSize(2).anySatisfy(line -> assertThat(line).contains("page 11 of 25"))
                .anySatisfy(line -> assertThat(line).contains("page 21 of 25"));
        // A new run starts over.
        log.progress(new SyncRunStats(T0.plusSeconds(100), null, 10, 25, 1000, 0, 0, 0, 0, 0, 0, 0, null),
                T0.plusSeconds(110));
        assertThat(appender.list).hasSize(3);
    }

    @Test
    void longRunsReadInHoursAndZeroTurnsTheLinesOff() {
        assertThat(SyncProgressLog.readable(Duration.ofSeconds(7_500))).isEqualTo("2 h 5 min");
        assertThat(SyncProgressLog.readable(Duration.ofSeconds(200))).isEqualTo("3 min 20 s");
        new SyncProgressLog("employmentSync", 0).progress(page(10), T0.plusSeconds(10));
        assertThat(appender.list).isEmpty();
        assertThatThrownBy(() -> new SyncProgressLog("employmentSync", -1))
                .hasMessageContaining("progressEveryPages must be 0 (off) or more, was -1");
    }
}
