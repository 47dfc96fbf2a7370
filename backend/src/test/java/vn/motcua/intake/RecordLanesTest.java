package vn.motcua.intake;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class RecordLanesTest {

    static ParsedRecord record(int index, String code) {
        return ParsedRecord.of(index, code, new DossierUpdate(), List.of());
    }

    @Test
    void everyRecordLandsOnceAndEachLaneKeepsBatchOrder() {
        List<ParsedRecord> records = IntStream.range(0, 200)
                .mapToObj(i -> record(i, "000.00.22.H12-261120-%04d".formatted(i % 50))).toList();

        List<List<ParsedRecord>> lanes = RecordLanes.split(records, 4);

        assertThat(lanes).hasSizeGreaterThan(1).hasSizeLessThanOrEqualTo(4);
        assertThat(lanes.stream().flatMap(List::stream).map(ParsedRecord::index).sorted().toList())
                .isEqualTo(IntStream.range(0, 200).boxed().toList());
        for (List<ParsedRecord> lane : lanes) {
            assertThat(lane).isSortedAccordingTo((a, b) -> Integer.compare(a.index(), b.index()));
        }
    }

    @Test
    void lanesAreFilledEvenlyCountingEachDossiersRecords() {
        // 500 dossiers once each, then one dossier 20 times: hashing left lanes a tenth apart
        List<ParsedRecord> records = new java.util.ArrayList<>(IntStream.range(0, 500)
                .mapToObj(i -> record(i, "000.00.22.H12-261120-%04d".formatted(i))).toList());
        IntStream.range(500, 520).forEach(i -> records.add(i - 498, record(i, "000.00.22.H12-261120-9999")));

        List<List<ParsedRecord>> lanes = RecordLanes.split(records, 4);

        assertThat(lanes).hasSize(4).allSatisfy(lane -> assertThat(lane).hasSize(130));
        assertThat(lanes).filteredOn(lane -> lane.stream().anyMatch(r -> r.code().endsWith("9999")))
                .singleElement().satisfies(lane -> assertThat(lane).filteredOn(r -> r.code().endsWith("9999"))
                        .extracting(ParsedRecord::index).isEqualTo(IntStream.range(500, 520).boxed().toList()));
    }

    @Test
    void oneDossiersRecordsShareALaneWhateverTheSpelling() {
        List<ParsedRecord> records = List.of(record(0, "000.00.22.H12-261120-0007"), record(1, "000.00.22.H12-261120-0008"),
                record(2, "000-00-22-h12-261120-0007"), record(3, null), record(4, "000.00.22.H12-261120-0007"));

        List<List<ParsedRecord>> lanes = RecordLanes.split(records, 8);

        List<ParsedRecord> lane = lanes.stream().filter(l -> l.contains(records.get(0))).findFirst().orElseThrow();
        assertThat(lane).contains(records.get(2), records.get(4));
        assertThat(lanes.stream().mapToInt(List::size).sum()).isEqualTo(5);
    }

    @Test
    void oneLaneOrAnEmptyBatchIsTheBatchItself() {
        List<ParsedRecord> records = List.of(record(0, "A-1"), record(1, "B-2"));
        assertThat(RecordLanes.split(records, 1)).containsExactly(records);
        assertThat(RecordLanes.split(List.of(), 4)).isEmpty();
    }
}
