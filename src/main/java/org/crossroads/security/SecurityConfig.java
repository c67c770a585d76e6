package org.crossroads.security;

import org.crossroads.throttling.Throttles;

import org.crossroads.CrossroadsSettings;
import org.crossroads.accounts.AccountRepository;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Two filter chains. The admin area ({@code /admin/**}) has sessions, form sign-in and CSRF
 * tokens. Everything else (visitor pages, the API and its OpenAPI document, static files, health
 * and info) is open and stateless: no session, no CSRF token, so no cookie. Both chains write the
 * security headers ({@link SecurityHeaders}) and run the request size limit right after the header writer, so
 * even a 413 that resets the response carries them. The visitor chain throttles the JSON API per
 * client ({@link ApiThrottleFilter}); the sign-in form is throttled by {@link SignIns}, before the
 * password hash, and answered by {@link SignInFailureHandler}. When sites are allowed to frame the
 * questionnaire, the visitor chain also answers their pages' cross-origin calls to the API
 * ({@link #apiCors}); otherwise it adds nothing for CORS.
 */
@Configuration
class SecurityConfig {

	static final String SIGN_IN = "/admin/sign-in";

	@Bean
	@Order(1)
	SecurityFilterChain adminChain(HttpSecurity http, RequestSizeLimitFilter sizeLimit, AccountRepository accounts,
			SignOutAudit signOutAudit, EndedSignIns endedSignIns, Clock clock, CrossroadsSettings settings,
			SecurityHeaders securityHeaders) throws Exception {
		HttpSessionRequestCache requestCache = requestCache();
		http.securityMatcher("/admin", "/admin/**")
			.authorizeHttpRequests(auth -> auth
				.requestMatchers(SIGN_IN).permitAll()
				.requestMatchers("/admin/accounts/**", "/admin/audit/**").hasRole("ADMIN")
				.anyRequest().hasAnyRole("EDITOR", "ADMIN"))
			.formLogin(form -> form.loginPage(SIGN_IN)
				.loginProcessingUrl(SIGN_IN)
				.successHandler(signedIn(clock, requestCache))
				.failureHandler(new SignInFailureHandler())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/admin/sign-out")
				.addLogoutHandler(signOutAudit)
				.addLogoutHandler(endedSignIns)
				.logoutSuccessUrl(SIGN_IN + "?signed-out")
				.deleteCookies("JSESSIONID"))
			.requestCache(cache -> cache.requestCache(requestCache))
			// the default already; stated because the tests rely on it: a new session id at sign-in
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			// a sign-in form left open past the session's end: ask again instead of a bare 403
			.exceptionHandling(denied -> denied.authenticationEntryPoint(new SignInEntryPoint())
				.accessDeniedHandler(new RequestMatcherDelegatingAccessDeniedHandler(
					new LinkedHashMap<>(Map.of(PathPatternRequestMatcher.pathPattern(HttpMethod.POST, SIGN_IN),
							(request, response, ex) -> response.sendRedirect(request.getContextPath() + SIGN_IN + "?expired"))),
					new AccessDeniedHandlerImpl())))
			.headers(headers -> securityHeaders(headers, securityHeaders))
			.addFilterAfter(sizeLimit, HeaderWriterFilter.class)
			.addFilterAfter(new AccountStateFilter(accounts, clock, settings.sessionLifetime()), AuthorizationFilter.class);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain visitorChain(HttpSecurity http, RequestSizeLimitFilter sizeLimit, Throttles throttles,
			MessageSource messages, CrossroadsSettings settings, SecurityHeaders securityHeaders) throws Exception {
		if (settings.embed().enabled()) {
			http.cors(cors -> cors.configurationSource(apiCors(settings.embed())));
		}
		http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.logout(logout -> logout.disable())
			.headers(headers -> securityHeaders(headers, securityHeaders))
			.addFilterAfter(sizeLimit, HeaderWriterFilter.class)
			.addFilterAfter(new ApiThrottleFilter(throttles, messages), RequestSizeLimitFilter.class);
		return http.build();
	}

	/**
	 * Static files skip the chains: nothing about them depends on who asks, and the filter
	 * {@link SecurityHeaders} still gives them every header a page has, so a static file costs
	 * little more than reading it from memory.
	 */
	@Bean
	WebSecurityCustomizer staticFilesOutsideTheChains() {
		return web -> web.ignoring().requestMatchers(HttpMethod.GET, "/css/**", "/js/**", "/favicon.svg", "/robots.txt");
	}

	/** Back to the page asked for, or the dashboard, with the start of the session's lifetime noted. */
	private static SavedRequestAwareAuthenticationSuccessHandler signedIn(Clock clock,
			HttpSessionRequestCache requestCache) {
		SavedRequestAwareAuthenticationSuccessHandler then = new SavedRequestAwareAuthenticationSuccessHandler() {
			@Override
			public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) throws ServletException, IOException {
				request.getSession().setAttribute(AccountStateFilter.SIGNED_IN_AT, clock.instant());
				super.onAuthenticationSuccess(request, response, authentication);
			}
		};
		then.setDefaultTargetUrl("/admin");
		then.setRequestCache(requestCache);
		return then;
	}

	/**
	 * After sign-in, back to the page asked for at its own address: the default cache marks that
	 * redirect with "?continue", which then stays in the address bar ("/admin?continue").
	 */
	private static HttpSessionRequestCache requestCache() {
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setMatchingRequestParameterName(null);
		return cache;
	}

	/** The chains write what {@link SecurityHeaders} decides, in place of their own defaults for the same headers. */
	private static void securityHeaders(HeadersConfigurer<HttpSecurity> headers, SecurityHeaders securityHeaders) {
		headers.httpStrictTransportSecurity(hsts -> hsts.disable())
			.frameOptions(frame -> frame.disable())
			.contentTypeOptions(options -> options.disable())
			.addHeaderWriter(securityHeaders);
	}

	/**
	 * The JSON API for the pages of the sites allowed to frame the questionnaire: those origins
	 * alone, without credentials (the API has none). Another origin's preflight is refused (403) and
	 * its requests get no Access-Control-Allow-Origin, so its browser keeps the answers from it.
	 */
	static CorsConfigurationSource apiCors(CrossroadsSettings.Embed embed) {
		CorsConfiguration api = new CorsConfiguration();
		api.setAllowedOrigins(embed.allowedOrigins());
		api.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
		api.setAllowedHeaders(List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.ACCEPT, HttpHeaders.ACCEPT_LANGUAGE));
		api.setExposedHeaders(List.of(HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.LOCATION));
		api.setAllowCredentials(false);
		api.setMaxAge(Duration.ofMinutes(30));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/v1/**", api);
		return source;
	}

	/** One instance: the filter below and both chains write the same headers. */
	@Bean
	SecurityHeaders securityHeaders(CrossroadsSettings settings) {
		return new SecurityHeaders(settings.httpsOnly(), settings.embed());
	}

	/** Before everything, on every dispatch, including error pages. */
	@Bean
	FilterRegistrationBean<SecurityHeaders> securityHeadersFilter(SecurityHeaders securityHeaders) {
		FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(securityHeaders);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
		return registration;
	}

	/** The size limit runs inside the security chains (above), not a second time as a servlet filter. */
	@Bean
	FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitRegistration(RequestSizeLimitFilter filter) {
		FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}
}
