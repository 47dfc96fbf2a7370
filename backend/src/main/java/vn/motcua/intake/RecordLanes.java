package vn.motcua.intake;

import vn.motcua.dossier.DossierCode;

import java.util.ArrayList;
import java.util.List;

/**
 * A batch's records spread over lanes by dossier, for a door with one sender (the queue): the lanes are applied at
 * once, as concurrent HTTP senders' batches are, while one dossier's records stay in one lane in their order, so
 * that snapshots still apply in arrival order.
 */
final class RecordLanes {
    private RecordLanes() {
    }

    /** The non-empty lanes, each in batch order; a record without a readable code goes to the first. */
    static List<List<ParsedRecord>> split(List<ParsedRecord> records, int lanes) {
        if (lanes <= 1 || records.size() < 2) {
            return records.isEmpty() ? List.of() : List.of(records);
        }
        List<List<ParsedRecord>> byLane = new ArrayList<>(lanes);
        for (int i = 0; i < lanes; i++) {
            byLane.add(new ArrayList<>());
        }
        for (ParsedRecord record : records) {
            // the lookup key, so that two spellings of one code (case, separators) meet in one lane
            String key = record.code() == null ? "" : DossierCode.lookupKey(record.code());
            byLane.get(Math.floorMod(key.hashCode(), lanes)).add(record);
        }
        return byLane.stream().filter(lane -> !lane.isEmpty()).toList();
    }
}
