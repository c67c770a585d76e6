package org.crossroads.ruleset;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * One "Finding help" entry: a directory, register or credential body (or a cost note) for a region.
 * Positions count within the topic.
 */
@Entity
@Table(name = "help_link")
public class HelpLinkEntity extends RuleSetChild implements Positioned {

	@Enumerated(EnumType.STRING)
	private HelpTopic topic;

	private int position;

	private String regionCode;

	private String label;

	private @Nullable String url;

	private @Nullable String note;

	public HelpTopic getTopic() { return topic; }
	public void setTopic(HelpTopic topic) { this.topic = topic; }
	public int getPosition() { return position; }
	public void setPosition(int position) { this.position = position; }
	public String getRegionCode() { return regionCode; }
	public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
	public String getLabel() { return label; }
	public void setLabel(String label) { this.label = label; }
	public @Nullable String getUrl() { return url; }
	public void setUrl(@Nullable String url) { this.url = url; }
	public @Nullable String getNote() { return note; }
	public void setNote(@Nullable String note) { this.note = note; }
}
