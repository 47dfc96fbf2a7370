package vn.motcua.intake;

import vn.motcua.dossier.DossierCode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch's records spread over lanes by dossier, for a door with one sender (the queue): the lanes are applied at
 * once, as concurrent HTTP senders' batches are, while one dossier's records stay in one lane in their order, so
 * that snapshots still apply in arrival order.
 *
 * <p>The batch waits for its longest lane, so lanes are filled evenly: each dossier goes to the lane with the fewest
 * records so far, counting all of its records. A hash of the code would leave lanes a tenth apart at 500 records
 * (the queue door's gap to the HTTP door's rate, issue 17).
 */
final class RecordLanes {
    private RecordLanes() {
    }

    /** The non-empty lanes, each in batch order; the records without a readable code share one lane. */
    static List<List<ParsedRecord>> split(List<ParsedRecord> records, int lanes) {
        if (lanes <= 1 || records.size() < 2) {
            return records.isEmpty() ? List.of() : List.of(records);
        }
        Map<String, Integer> recordsPerDossier = new HashMap<>();
        for (ParsedRecord record : records) {
            recordsPerDossier.merge(dossierKey(record), 1, Integer::sum);
        }
        List<List<ParsedRecord>> byLane = new ArrayList<>(lanes);
        int[] load = new int[lanes];
        for (int i = 0; i < lanes; i++) {
            byLane.add(new ArrayList<>());
        }
        Map<String, Integer> laneOfDossier = new HashMap<>();
        for (ParsedRecord record : records) {
            int lane = laneOfDossier.computeIfAbsent(dossierKey(record), key -> {
                int lightest = lightest(load);
                load[lightest] += recordsPerDossier.get(key);
                return lightest;
            });
            byLane.get(lane).add(record);
        }
        return byLane.stream().filter(lane -> !lane.isEmpty()).toList();
    }

    /** The lookup key, so that two spellings of one code (case, separators) meet in one lane. */
    private static String dossierKey(ParsedRecord record) {
        return record.code() == null ? "" : DossierCode.lookupKey(record.code());
    }

    private static int lightest(int[] load) {
        int lightest = 0;
        for (int i = 1; i < load.length; i++) {
            if (load[i] < load[lightest]) {
                lightest = i;
            }
        }
        return lightest;
    }
}
