package org.crossroads.ruleset;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "crisis_resource")
public class CrisisResourceEntity extends RuleSetChild implements Positioned {

	private int position;

	private String region;

	private String label;

	private String contact;

	private @Nullable String url;

	public int getPosition() { return position; }
	public void setPosition(int position) { this.position = position; }
	public String getRegion() { return region; }
	public void setRegion(String region) { this.region = region; }
	public String getLabel() { return label; }
	public void setLabel(String label) { this.label = label; }
	public String getContact() { return contact; }
	public void setContact(String contact) { this.contact = contact; }
	public @Nullable String getUrl() { return url; }
	public void setUrl(@Nullable String url) { this.url = url; }
}
