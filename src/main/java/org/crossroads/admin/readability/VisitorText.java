package org.crossroads.admin.readability;

/**
 * One text a visitor reads, where it lives and its grade: {@code area} and {@code field} are message
 * keys ({@code admin.diff.area.*}, {@code admin.field.*}), {@code item} names the item, {@code editPath}
 * is its editor.
 */
public record VisitorText(String area, String item, String field, String editPath, String text, Wording wording,
		ReadingGrade grade) {

	VisitorText(String area, String item, String field, String editPath, String text, Wording wording) {
		this(area, item, field, editPath, text, wording, ReadingGrade.of(text));
	}

	public boolean warns() {
		return grade.warns(wording);
	}
}
