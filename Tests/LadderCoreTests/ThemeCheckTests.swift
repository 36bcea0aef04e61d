import Foundation
import LadderCore
import Testing

@Suite struct ThemeCheckTests {
    private func file(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "check-\(UUID().uuidString).theme")
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func goodFileReportsUnsetRolesAndLowContrast() throws {
        let url = try file("[roles]\nsurface = #000000 on #ffffff\ntext = #000000\nmuted = #777777")
        defer { try? FileManager.default.removeItem(at: url) }
        let report = try ThemeCheck.check(file: url, catalog: ThemeCatalog(userFolder: nil)).get()
        #expect(!report.unsetRoles.contains(.text))
        #expect(report.unsetRoles.contains(.heading))
        #expect(report.lowContrast.map(\.role) == [.muted])
        #expect(report.notes.contains("muted: #777777 on #ffffff contrasts 4.48:1; 4.5:1 reads well"))
    }

    @Test func badFileGivesTheFirstErrorAsBadData() throws {
        let url = try file("[roles]\ntext = red\nfoo = blue\nbar = green")
        defer { try? FileManager.default.removeItem(at: url) }
        let result = ThemeCheck.check(file: url, catalog: ThemeCatalog(userFolder: nil))
        guard case .failure(let error) = result else {
            Issue.record("expected a failure")
            return
        }
        #expect(error.line == 3)
        #expect(error.kind == .badData)
        #expect(error.exitCode == 65)
        #expect(error.description.hasPrefix("\(url.path):3: unknown role 'foo'"))
    }

    @Test func shippedThemesCheckClean() throws {
        let catalog = ThemeCatalog(userFolder: nil)
        for name in catalog.names {
            let report = try ThemeCheck.check(named: name, catalog: catalog).get()
            #expect(report.notes == [], "\(name)")
        }
    }
}
