package org.crossroads.ruleset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** One entry of an ordered list of texts, such as a next step or a shared skill. */
@Entity
@Table(name = "content_item")
public class ContentItemEntity extends RuleSetChild implements Positioned {

	@Enumerated(EnumType.STRING)
	@Column(name = "list_key")
	private ContentList listKey;

	private int position;

	private String body;

	public ContentList getListKey() { return listKey; }
	public void setListKey(ContentList listKey) { this.listKey = listKey; }
	public int getPosition() { return position; }
	public void setPosition(int position) { this.position = position; }
	public String getBody() { return body; }
	public void setBody(String body) { this.body = body; }
}
