package org.crossroads.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Visitors and API clients need no sign-in and get no session; the admin area needs a signed-in
 * editor and carries CSRF tokens.
 */
@Configuration
public class SecurityConfig {

	@Bean
	SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
		RequestMatcher admin = request -> request.getRequestURI()
			.startsWith(request.getContextPath() + "/admin");
		http.authorizeHttpRequests(auth -> auth
				.requestMatchers("/admin/sign-in", "/admin/sign-in/**").permitAll()
				.requestMatchers("/admin/accounts/**", "/admin/audit/**").hasRole("ADMIN")
				.requestMatchers("/admin/**").hasAnyRole("EDITOR", "ADMIN")
				.anyRequest().permitAll())
			.csrf(csrf -> csrf.requireCsrfProtectionMatcher(
					request -> admin.matches(request) && !"GET".equals(request.getMethod())))
			.formLogin(form -> form.loginPage("/admin/sign-in").defaultSuccessUrl("/admin", true).permitAll())
			.logout(logout -> logout.logoutUrl("/admin/sign-out").logoutSuccessUrl("/admin/sign-in?signed-out"));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}
}
