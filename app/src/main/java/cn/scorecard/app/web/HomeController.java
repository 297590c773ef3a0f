package cn.scorecard.app.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page. */
@Controller
class HomeController {
    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("title", "执行质效评估系统");
        return "home";
    }
}
