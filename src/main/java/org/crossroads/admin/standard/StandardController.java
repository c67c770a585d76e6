package org.crossroads.admin.standard;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Which criteria of the decision-aid standard the working content meets, and where to edit each. */
@Controller
@RequestMapping("/admin/standard")
class StandardController {

	private final DecisionAidStandard standard;

	StandardController(DecisionAidStandard standard) {
		this.standard = standard;
	}

	@GetMapping
	String standard(Model model) {
		model.addAttribute("report", standard.working());
		model.addAttribute("reviewMonths", standard.reviewMonths());
		return "admin/standard";
	}
}
