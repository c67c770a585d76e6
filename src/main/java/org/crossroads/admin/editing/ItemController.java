package org.crossroads.admin.editing;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.crossroads.admin.Forms;
import org.crossroads.admin.editing.EditForms.LockForm;
import org.crossroads.ruleset.RuleSetEntity;

import org.jspecify.annotations.Nullable;

/**
 * One kind of item edited on the shared item page (admin/item), below the path its subclass maps:
 * {@code POST /{id}} saves it. {@link Single} adds the page of the working version's one item,
 * {@link Keyed} the page of an item by id, {@link Listed} adding and removing items too. Spring
 * binds the form as the subclass's type argument {@code F}.
 */
abstract class ItemController<E, F> {

	/** Saves an item from its form; returns the id of the saved item (the draft's copy). */
	@FunctionalInterface
	interface Save<F> {
		long save(long id, F form, String actor);
	}

	/**
	 * What the item page needs of a kind: the entity and its rule set, the path its pages live at,
	 * the heading's message key, the fields, the way back, a subtitle naming an item, its form.
	 */
	record Kind<E, F>(Class<E> type, Function<E, RuleSetEntity> ruleSet, String path, String heading,
			List<FieldSpec> fields, String back, Function<E, @Nullable String> subtitle, Function<E, F> form, Save<F> save) {
	}

	final ContentReader reader;

	final Kind<E, F> kind;

	ItemController(ContentReader reader, Kind<E, F> kind) {
		this.reader = reader;
		this.kind = kind;
	}

	@PostMapping("/{id}")
	String save(@PathVariable long id, @Valid @ModelAttribute("form") F form, BindingResult errors, Model model,
			HttpServletResponse response, Principal principal) {
		return Forms.saveChanges(errors, model, response, id, form,
				() -> "redirect:" + savedAt(kind.save().save(id, form, Forms.actor(principal))) + "?saved",
				current -> kind.form().apply(reader.locate(kind.type(), current, kind.ruleSet()).item()),
				current -> page(model, current));
	}

	/** The page a saved item is shown on again. */
	abstract String savedAt(long id);

	/** Where "remove" posts; null: the item cannot be removed. */
	@Nullable String removeAction(long id) {
		return null;
	}

	String page(Model model, long id) {
		ContentReader.Located<E> located = reader.locate(kind.type(), id, kind.ruleSet());
		return show(model, located.loaded(), new ItemPage(kind.heading(), kind.fields(), kind.path() + "/" + id,
				removeAction(id), kind.back(), kind.subtitle().apply(located.item())), kind.form().apply(located.item()));
	}

	static String show(Model model, ContentReader.Loaded loaded, ItemPage page, Object form) {
		model.addAttribute("loaded", loaded);
		model.addAttribute("page", page);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		return "admin/item";
	}

	/** An item a version has one of, edited at the kind's path: the thresholds, the About facts. */
	abstract static class Single<E, F> extends ItemController<E, F> {

		Single(ContentReader reader, Kind<E, F> kind) {
			super(reader, kind);
		}

		/** The working version's item. */
		abstract long currentId(ContentReader.Loaded working);

		@GetMapping
		String edit(Model model) {
			return page(model, currentId(reader.working()));
		}

		@Override
		String savedAt(long id) {
			return kind.path();
		}
	}

	/** An item among others, each edited at the kind's path and its id. */
	abstract static class Keyed<E, F> extends ItemController<E, F> {

		Keyed(ContentReader reader, Kind<E, F> kind) {
			super(reader, kind);
		}

		@GetMapping("/{id}")
		String edit(@PathVariable long id, Model model) {
			return page(model, id);
		}

		@Override
		String savedAt(long id) {
			return kind.path() + "/" + id;
		}
	}

	/** Adds an item from its form; returns its id. */
	@FunctionalInterface
	interface Add<F> {
		long add(F form, String actor);
	}

	@FunctionalInterface
	interface Remove {
		void remove(long id, long lockVersion, String actor);
	}

	/**
	 * How items of a list are added and removed: the new item page's heading, its blank form (from
	 * the working version and the page's query), its subtitle and hidden fields, and where adding
	 * and removing lead.
	 */
	record Listing<F>(String heading, BiFunction<ContentReader.Loaded, Map<String, String>, F> blank,
			Function<F, @Nullable String> subtitle, List<String> hidden, Add<F> add, Function<F, String> addedTo, Remove remove,
			String removedTo, List<FieldSpec> addOnly) {

		/** {@code addOnly}: fields set once, when an item is added, such as a key others refer to. */
		Listing {
			addOnly = List.copyOf(addOnly);
		}

		Listing(String heading, BiFunction<ContentReader.Loaded, Map<String, String>, F> blank,
				Function<F, @Nullable String> subtitle, List<String> hidden, Add<F> add, Function<F, String> addedTo,
				Remove remove, String removedTo) {
			this(heading, blank, subtitle, hidden, add, addedTo, remove, removedTo, List.of());
		}
	}

	/** Items editors add and remove: comparison rows, text list entries, crisis resources. */
	abstract static class Listed<E, F> extends Keyed<E, F> {

		final Listing<F> listing;

		Listed(ContentReader reader, Kind<E, F> kind, Listing<F> listing) {
			super(reader, kind);
			this.listing = listing;
		}

		@GetMapping("/new")
		String newItem(@RequestParam Map<String, String> query, Model model) {
			ContentReader.Loaded loaded = reader.working();
			F blank = listing.blank().apply(loaded, query);
			return show(model, loaded, newPage(blank), blank);
		}

		@PostMapping
		String add(@Valid @ModelAttribute("form") F form, BindingResult errors, Model model,
				HttpServletResponse response, Principal principal) {
			return Forms.save(errors, model, response, null, () -> {
				listing.add().add(form, Forms.actor(principal));
				return "redirect:" + listing.addedTo().apply(form);
			}, current -> show(model, reader.working(), newPage(form), form));
		}

		@PostMapping("/{id}/remove")
		String remove(@PathVariable long id, @ModelAttribute("lock") LockForm lock, BindingResult errors, Model model,
				HttpServletResponse response, Principal principal) {
			return Forms.remove(errors, model, response, id,
					() -> listing.remove().remove(id, lock.lockVersion(), Forms.actor(principal)), listing.removedTo(),
					current -> page(model, current));
		}

		@Override
		String removeAction(long id) {
			return kind.path() + "/" + id + "/remove";
		}

		private ItemPage newPage(F form) {
			List<FieldSpec> fields = new java.util.ArrayList<>(listing.addOnly());
			fields.addAll(kind.fields());
			return new ItemPage(listing.heading(), fields, kind.path(), null, kind.back(),
					listing.subtitle().apply(form), listing.hidden());
		}
	}
}
