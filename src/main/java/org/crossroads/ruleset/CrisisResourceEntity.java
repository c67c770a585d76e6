package org.crossroads.ruleset;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "crisis_resource")
public class CrisisResourceEntity extends RuleSetChild implements Positioned {

	private int position;

	private String region;

	/** ISO 3166 country code, or INT for the international directory: orders regions by the visitor's language. */
	private String regionCode;

	private String label;

	private String contact;

	private @Nullable String url;

	/** Dialable numbers (digits, spaces, a leading +) and the word a text line asks for. */
	private @Nullable String phone;

	private @Nullable String smsNumber;

	private @Nullable String smsKeyword;

	/** The language the line answers in (BCP 47, e.g. "es"): pages put the visitor's language first. */
	private String language = "en";

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
	public String getRegionCode() { return regionCode; }
	public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
	public @Nullable String getPhone() { return phone; }
	public void setPhone(@Nullable String phone) { this.phone = phone; }
	public @Nullable String getSmsNumber() { return smsNumber; }
	public void setSmsNumber(@Nullable String smsNumber) { this.smsNumber = smsNumber; }
	public @Nullable String getSmsKeyword() { return smsKeyword; }
	public void setSmsKeyword(@Nullable String smsKeyword) { this.smsKeyword = smsKeyword; }
	public String getLanguage() { return language; }
	public void setLanguage(String language) { this.language = language; }
}
