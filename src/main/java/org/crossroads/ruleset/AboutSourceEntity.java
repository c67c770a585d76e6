package org.crossroads.ruleset;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/**
 * A source the content rests on, as the About page cites it: its title, publisher or author, the date
 * it gives (none when it gives none), the date it was read, and where it can be read.
 */
@Entity
@Table(name = "about_source")
public class AboutSourceEntity extends RuleSetChild implements Positioned {

	private int position;

	private String title;

	private String publisher;

	private @Nullable LocalDate publishedOn;

	private LocalDate accessedOn;

	private @Nullable String url;

	public int getPosition() { return position; }
	public void setPosition(int position) { this.position = position; }
	public String getTitle() { return title; }
	public void setTitle(String title) { this.title = title; }
	public String getPublisher() { return publisher; }
	public void setPublisher(String publisher) { this.publisher = publisher; }
	public @Nullable LocalDate getPublishedOn() { return publishedOn; }
	public void setPublishedOn(@Nullable LocalDate publishedOn) { this.publishedOn = publishedOn; }
	public LocalDate getAccessedOn() { return accessedOn; }
	public void setAccessedOn(LocalDate accessedOn) { this.accessedOn = accessedOn; }
	public @Nullable String getUrl() { return url; }
	public void setUrl(@Nullable String url) { this.url = url; }
}
