package org.ricercar.archive.imports;

import java.util.List;

/**
 * One line of an import's report: the file's path inside the zip or folder, what happened to it,
 * why (for rejections), the first file record made from it and the works it went to.
 */
public record ImportItemView(
    String path, ImportOutcome outcome, String reason, Long fileId, List<Long> workIds) {}
