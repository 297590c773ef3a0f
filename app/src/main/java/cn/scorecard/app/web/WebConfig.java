package cn.scorecard.app.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * The resource-URL encoding filter rewrites every link of every page through the resource chain, which
 * probes the jar for a static file behind each one (the static pattern is /**): tens of milliseconds a page
 * for nothing, since the application does not version its asset URLs. WebJars still resolve without versions
 * when the assets themselves are requested.
 */
@Configuration
class WebConfig {
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> off = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        off.setEnabled(false);
        return off;
    }
}
