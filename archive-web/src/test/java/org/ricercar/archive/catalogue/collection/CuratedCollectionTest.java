package org.ricercar.archive.catalogue.collection;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class CuratedCollectionTest {

  private static CollectionDetails titled(String title) {
    return new CollectionDetails(title, null, null, List.of());
  }

  @Test
  void nestsOneLevelOnly() {
    var top = new CuratedCollection(titled("Lieder"), null, List.of());
    var middle = new CuratedCollection(titled("Berlin"), top, List.of());

    assertThatIllegalArgumentException()
        .isThrownBy(() -> new CuratedCollection(titled("Salon"), middle, List.of()))
        .withMessageContaining("one level");
  }

  @Test
  void aCollectionWithChildrenStaysTopLevel() {
    var top = new CuratedCollection(titled("Lieder"), null, List.of());
    var other = new CuratedCollection(titled("Chamber music"), null, List.of());

    assertThatIllegalArgumentException()
        .isThrownBy(() -> top.revise(titled("Lieder"), other, List.of(), true))
        .withMessageContaining("top-level");
  }

  @Test
  void cannotContainItself() {
    var top = new CuratedCollection(titled("Lieder"), null, List.of());

    assertThatIllegalArgumentException()
        .isThrownBy(() -> top.revise(titled("Lieder"), top, List.of(), false));
  }
}
