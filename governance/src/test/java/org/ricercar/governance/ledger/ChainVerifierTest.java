package org.ricercar.governance.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

  private final LedgerHead head = LedgerHead.empty();
  private final List<LedgerEntry> entries = new ArrayList<>();

  @Test
  void anUntouchedChainVerifiesToItsHead() {
    append(3);

    ChainVerification result = verify(entries);

    assertThat(result.intact()).isTrue();
    assertThat(result.entriesChecked()).isEqualTo(3);
    assertThat(result.headHash()).isEqualTo(entries.getLast().entryHash()).hasSize(64);
  }

  @Test
  void anEditedFieldBreaksTheChainAtThatEntry() throws Exception {
    append(4);
    set(entries.get(2), "actor", "user:mallory");

    ChainVerification result = verify(entries);

    assertThat(result.intact()).isFalse();
    assertThat(result.firstBrokenSequence()).isEqualTo(3);
    assertThat(result.entriesChecked()).isEqualTo(2);
    assertThat(result.reason()).contains("entry hash");
  }

  @Test
  void anEditedPayloadIsCaughtByItsDigest() throws Exception {
    append(2);
    set(entries.get(0), "payload", "{\"role\":\"admin\"}");

    assertThat(verify(entries).reason()).contains("payload");
  }

  @Test
  void aRecomputedEntryStillFailsBecauseItsSuccessorLinksToTheOriginal() throws Exception {
    append(3);
    var forged =
        new LedgerEntry(2, Instant.now(), event("user:mallory"), entries.get(0).entryHash());
    entries.set(1, forged);

    ChainVerification result = verify(entries);

    assertThat(result.firstBrokenSequence()).isEqualTo(3);
    assertThat(result.reason()).contains("does not link");
  }

  @Test
  void aDeletedEntryLeavesAGap() {
    append(3);
    entries.remove(1);

    assertThat(verify(entries).firstBrokenSequence()).isEqualTo(2);
  }

  @Test
  void deletingTheNewestEntriesIsCaughtByTheHead() {
    append(3);

    ChainVerification result = verify(entries.subList(0, 2));

    assertThat(result.intact()).isFalse();
    assertThat(result.firstBrokenSequence()).isEqualTo(3);
  }

  @Test
  void eventsNeedAWellFormedType() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> new LedgerEvent("user:x", "Role Granted", "member:1", "{}"));
  }

  private void append(int count) {
    for (int i = 0; i < count; i++) {
      entries.add(head.extend(event("user:lena"), Instant.now()));
    }
  }

  private ChainVerification verify(List<LedgerEntry> chain) {
    var verifier = new ChainVerifier();
    for (LedgerEntry entry : chain) {
      if (!verifier.accept(entry)) {
        break;
      }
    }
    return verifier.finish(head);
  }

  private static LedgerEvent event(String actor) {
    return new LedgerEvent(actor, "member.role-granted", "member:42", "{\"role\":\"steward\"}");
  }

  private static void set(LedgerEntry entry, String field, String value) throws Exception {
    Field f = LedgerEntry.class.getDeclaredField(field);
    f.setAccessible(true);
    f.set(entry, value);
  }
}
