package org.custodian.register.web;

import java.net.URI;

import org.custodian.register.Art30Record;
import org.custodian.register.ControllerIdentityMissing;
import org.custodian.register.ExportFormat;
import org.custodian.register.RecordExport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Art. 30 record exports on screen (REG-2): export now, list and download the kept versions.
 */
@Controller
@RequestMapping("/register")
@PreAuthorize("hasAnyRole('DPO','ADMIN')")
class ExportController {

    private final Art30Record record;

    ExportController(Art30Record record) {
        this.record = record;
    }

    @PostMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam ExportFormat format, RedirectAttributes redirect) {
        try {
            return download(record.export(format));
        } catch (ControllerIdentityMissing e) {
            redirect.addFlashAttribute("controllerMissing", true);
            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/register/exports")).build();
        }
    }

    @GetMapping("/exports")
    String exports(Model model) {
        model.addAttribute("exports", record.exports());
        return "register/exports";
    }

    @GetMapping("/exports/{id}")
    ResponseEntity<byte[]> kept(@PathVariable long id) {
        return download(record.export(id));
    }

    static ResponseEntity<byte[]> download(RecordExport export) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(export.format().contentType() + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(export.fileName()).build().toString())
                .header("X-Content-SHA256", export.contentHash())
                .body(export.content());
    }
}
