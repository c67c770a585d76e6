package org.crossroads.admin;

import org.crossroads.admin.editing.EditConflictException;
import org.crossroads.admin.editing.InvalidEditException;

import java.security.Principal;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

import org.jspecify.annotations.Nullable;

/** The steps every edit page takes with a posted form: validate, save, and explain a refusal. */
public final class Forms {

	private Forms() {
	}

	public static String actor(Principal principal) {
		return principal.getName();
	}

	/** What happens after a successful save: usually a redirect. */
	@FunctionalInterface
	public interface Save {
		String run();
	}

	/** Shows the page again; {@code currentId}: the item to show current values of, after a conflict. */
	@FunctionalInterface
	public interface Show {
		String show(@Nullable Long currentId);
	}

	/**
	 * Saves when the form is valid. Invalid: the page again with messages beside the fields (400).
	 * Changed meanwhile by someone else: the page again with the current values and a conflict
	 * message (409); nothing was saved.
	 */
	public static String save(BindingResult errors, Model model, HttpServletResponse response, @Nullable Long postedId, Save save,
			Show show) {
		if (errors.hasErrors()) {
			model.addAttribute("invalid", true);
			// Only a tampered or truncated post lacks the lock version: say so rather than show nothing.
			model.addAttribute("staleForm", errors.hasFieldErrors("lockVersion"));
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return show.show(null);
		}
		try {
			return save.run();
		}
		catch (InvalidEditException e) {
			model.addAttribute("invalid", true);
			// The binder's codes get the "admin." prefix, so the bare code is what resolves to the message.
			errors.rejectValue(e.field(), e.messageCode().substring("admin.".length()));
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return show.show(null);
		}
		catch (EditConflictException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", e.reason().name());
			return show.show(e.currentId());
		}
		catch (ObjectOptimisticLockingFailureException e) {
			// Two saves of the same draft item passed the lock check at once; the second lost at commit.
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", EditConflictException.Reason.CHANGED.name());
			return show.show(postedId);
		}
	}

	/**
	 * Saves changes to an existing item. After a conflict the item's page shows its current values
	 * ({@code current} makes the form of them), the editor's own beside them.
	 */
	public static String saveChanges(BindingResult errors, Model model, HttpServletResponse response, long id,
			Object form, Save save, LongFunction<Object> current, LongFunction<String> page) {
		return save(errors, model, response, id, save, currentId -> {
			if (currentId != null) {
				showCurrent(model, current.apply(currentId), form);
			}
			return page.apply(currentId != null ? currentId : id);
		});
	}

	/** Removes an item and goes to {@code removedTo}; refused, the item's page again. */
	public static String remove(BindingResult errors, Model model, HttpServletResponse response, long id,
			Runnable remove, String removedTo, LongFunction<String> page) {
		return save(errors, model, response, id, () -> {
			remove.run();
			return "redirect:" + removedTo;
		}, currentId -> page.apply(currentId != null ? currentId : id));
	}

	/**
	 * A post that could not be bound at all (a word where a number belongs, a field left out) leaves
	 * no form object: show the given one instead, keeping the binding errors and the typed values.
	 */
	public static void showIfUnbound(Model model, String name, Supplier<?> form) {
		if (model.getAttribute(name) == null) {
			Object typed = model.asMap().get(BindingResult.MODEL_KEY_PREFIX + name);
			model.addAttribute(name, form.get());
			if (typed != null) {
				model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, typed);
			}
		}
	}

	/** Puts a fresh form on the page, dropping the binding of the posted one so fields show the new values. */
	public static void replace(Model model, String name, Object form) {
		model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + name);
		model.addAttribute(name, form);
	}

	/** After a conflict: the current values in the form, the editor's own beside them as "yours". */
	public static void showCurrent(Model model, Object current, Object yours) {
		replace(model, "form", current);
		model.addAttribute("yours", yours);
	}
}
