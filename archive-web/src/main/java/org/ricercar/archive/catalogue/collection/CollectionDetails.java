package org.ricercar.archive.catalogue.collection;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.ricercar.archive.catalogue.FieldText;

/**
 * What a librarian records about a collection.
 *
 * @param title the collection's title
 * @param description what brings these works together
 * @param parentId the collection this one is part of; collections nest one level only
 * @param workIds the works in the collection, in the order to show them
 */
public record CollectionDetails(
    @NotBlank(message = "a title is required") @Size(max = 300) String title,
    @Size(max = 10000) String description,
    @Positive Long parentId,
    @Size(max = 1000) List<@NotNull @Positive Long> workIds) {

  public CollectionDetails {
    title = FieldText.optional(title);
    description = FieldText.optional(description);
    workIds = FieldText.ids(workIds);
  }
}
